namespace PropertyManager.BuildiumEmulator.Seeding;

/// <summary>Word lists for realistic US people, streets, cities and trades.</summary>
internal static class SeedNames
{
    public static readonly string[] FirstNames =
    [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara",
        "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen", "Charles", "Lisa", "Daniel", "Nancy",
        "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Margaret", "Donald", "Ashley", "Steven", "Kimberly", "Andrew", "Emily",
        "Paul", "Donna", "Joshua", "Michelle", "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "George", "Deborah",
        "Timothy", "Stephanie", "Ronald", "Rebecca", "Jason", "Sharon", "Edward", "Laura", "Jeffrey", "Cynthia", "Ryan", "Amy",
        "Jacob", "Kathleen", "Gary", "Angela", "Nicholas", "Shirley", "Eric", "Brenda", "Jonathan", "Emma", "Stephen", "Anna",
        "Luis", "Sofia", "Carlos", "Isabella", "Wei", "Mei", "Arjun", "Priya", "Malik", "Aaliyah", "Diego", "Camila",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez",
        "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White",
        "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
        "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
        "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
        "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey",
        "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "Patel", "Chen",
    ];

    public static readonly string[] Streets =
    [
        "Maple", "Oak", "Pine", "Cedar", "Elm", "Washington", "Lake", "Hill", "Walnut", "Spring", "North", "Ridge", "Church",
        "Willow", "Mill", "Sunset", "Highland", "Jackson", "Park", "Franklin", "Lincoln", "Madison", "Chestnut", "River", "Meadow",
        "Forest", "Jefferson", "Adams", "Center", "Union", "Prospect", "Summit", "Beacon", "Harbor", "Orchard", "Magnolia",
    ];

    public static readonly string[] StreetSuffixes = ["Street", "Avenue", "Road", "Lane", "Drive", "Court", "Boulevard", "Place", "Way", "Terrace"];

    public static readonly (string City, string State, string ZipPrefix, string AreaCode)[] Cities =
    [
        ("Boston", "Massachusetts", "021", "617"), ("Cambridge", "Massachusetts", "021", "617"), ("Worcester", "Massachusetts", "016", "508"),
        ("Providence", "Rhode Island", "029", "401"), ("Hartford", "Connecticut", "061", "860"), ("New Haven", "Connecticut", "065", "203"),
        ("Albany", "New York", "122", "518"), ("Buffalo", "New York", "142", "716"), ("Philadelphia", "Pennsylvania", "191", "215"),
        ("Pittsburgh", "Pennsylvania", "152", "412"), ("Baltimore", "Maryland", "212", "410"), ("Richmond", "Virginia", "232", "804"),
        ("Raleigh", "North Carolina", "276", "919"), ("Charlotte", "North Carolina", "282", "704"), ("Atlanta", "Georgia", "303", "404"),
        ("Orlando", "Florida", "328", "407"), ("Tampa", "Florida", "336", "813"), ("Nashville", "Tennessee", "372", "615"),
        ("Columbus", "Ohio", "432", "614"), ("Cleveland", "Ohio", "441", "216"), ("Indianapolis", "Indiana", "462", "317"),
        ("Chicago", "Illinois", "606", "312"), ("Milwaukee", "Wisconsin", "532", "414"), ("Minneapolis", "Minnesota", "554", "612"),
        ("Kansas City", "Missouri", "641", "816"), ("Denver", "Colorado", "802", "303"), ("Austin", "Texas", "787", "512"),
        ("Dallas", "Texas", "752", "214"), ("Houston", "Texas", "770", "713"), ("Phoenix", "Arizona", "850", "602"),
        ("Salt Lake City", "Utah", "841", "801"), ("Portland", "Oregon", "972", "503"), ("Seattle", "Washington", "981", "206"),
        ("Sacramento", "California", "958", "916"), ("San Diego", "California", "921", "619"), ("Las Vegas", "Nevada", "891", "702"),
    ];

    public static readonly string[] BuildingWords = ["Apartments", "Commons", "Residences", "Flats", "Lofts", "Gardens", "Place", "Towers", "Court", "Village"];

    public static readonly string[] EmailDomains = ["example.com", "example.net", "example.org", "mail.example.com"];

    public static readonly (string Category, string[] Trades)[] VendorTrades =
    [
        ("Plumbing", ["Plumbing", "Plumbing & Drain", "Pipe Works"]),
        ("Electrical", ["Electric", "Electrical Services", "Wiring Co"]),
        ("HVAC", ["Heating & Cooling", "HVAC Services", "Climate Control"]),
        ("Landscaping", ["Landscaping", "Lawn Care", "Grounds Services"]),
        ("Cleaning", ["Cleaning Services", "Janitorial", "Maid Service"]),
        ("General Contractor", ["Construction", "Builders", "Renovations"]),
        ("Appliance Repair", ["Appliance Repair", "Appliance Service"]),
        ("Pest Control", ["Pest Control", "Exterminators"]),
        ("Roofing", ["Roofing", "Roof & Gutter"]),
        ("Painting", ["Painting", "Painters"]),
        ("Locksmith", ["Lock & Key", "Locksmiths"]),
    ];

    public static readonly (string Title, string Description)[] TaskTemplates =
    [
        ("Leaking kitchen faucet", "The kitchen faucet drips constantly, even when fully closed."),
        ("No hot water", "There has been no hot water since yesterday evening."),
        ("Broken window latch", "The bedroom window latch is broken and the window will not lock."),
        ("Heat not working", "The thermostat is set to 70 but the apartment stays cold."),
        ("Clogged bathroom sink", "The bathroom sink drains very slowly."),
        ("Smoke detector chirping", "The hallway smoke detector chirps every minute."),
        ("Dishwasher not draining", "Water stays at the bottom of the dishwasher after a cycle."),
        ("Garbage disposal jammed", "The disposal hums but does not turn."),
        ("Pest sighting", "Saw mice in the kitchen cabinets."),
        ("Parking lot light out", "The light near the entrance of the parking lot is out."),
        ("Noise complaint", "Loud music from a neighbouring unit after midnight."),
        ("Request for lease renewal terms", "Please send the renewal terms for next year."),
        ("Schedule annual inspection", "Annual safety inspection for the building."),
        ("Replace hallway carpet", "Carpet on the second floor hallway is worn through."),
        ("Owner statement question", "The owner asks about a charge on last month's statement."),
        ("Gutter cleaning", "Gutters are full of leaves; schedule cleaning before winter."),
    ];

    public static readonly string[] HistoryMessages =
    [
        "Contacted the resident to schedule a visit.",
        "Vendor scheduled for next week.",
        "Parts ordered; waiting for delivery.",
        "Work completed and verified.",
        "Resident confirmed the issue is resolved.",
        "Followed up with the owner by email.",
    ];
}
