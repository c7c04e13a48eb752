namespace PropertyManager.BuildiumEmulator.Contracts;

// Enumeration values exactly as Buildium spells them (shared/buildium/openapi.json); enums travel as strings.
internal static class BuildiumEnums
{
    public static readonly string[] AccountingEntityType = ["Association", "Rental", "Company"];

    public static readonly string[] ApprovalStatus = ["NotNeeded", "ApprovalRequired", "Approved", "Pending", "Rejected"];

    public static readonly string[] BankAccountType = ["Checking", "Savings"];

    public static readonly string[] BillMarkupType = ["Percent", "Amount"];

    public static readonly string[] CashFlowClassification = ["OperatingActivities", "InvestingActivities", "FinancingActivities"];

    public static readonly string[] CheckLayoutType = ["Voucher1StubBottomMemo1Signature", "Voucher2StubBottomMemo1Signature", "Voucher2StubBottomMemo2Signatures", "Voucher2StubTopMemo", "Voucher2StubsPrePrintedLayout"];

    public static readonly string[] Country = ["Afghanistan", "Akrotiri", "Albania", "Algeria", "AmericanSamoa", "Andorra", "Angola", "Anguilla", "Antarctica", "AntiguaandBarbuda", "Argentina", "Armenia", "Aruba", "AshmoreandCartierIslands", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "BassasdaIndia", "Belarus", "Belgium", "Belize", "Benin", "Bermuda", "Bhutan", "Bolivia", "BosniaandHerzegovina", "Botswana", "BouvetIsland", "Brazil", "BritishIndianOceanTerritory", "BritishVirginIslands", "Brunei", "Bulgaria", "BurkinaFaso", "Burma", "Burundi", "Cambodia", "Cameroon", "Canada", "CapeVerde", "CaymanIslands", "CentralAfricanRepublic", "Chad", "Chile", "China", "ChristmasIsland", "ClippertonIsland", "CocosIslands", "Colombia", "Comoros", "DemocraticRepublicOfTheCongo", "RepublicOfTheCongo", "CookIslands", "CoralSeaIslands", "CostaRica", "CotedIvoire", "Croatia", "Cuba", "Cyprus", "CzechRepublic", "Denmark", "Dhekelia", "Djibouti", "Dominica", "DominicanRepublic", "Ecuador", "Egypt", "ElSalvador", "EquatorialGuinea", "Eritrea", "Estonia", "Ethiopia", "EuropaIsland", "FalklandIslands", "FaroeIslands", "Fiji", "Finland", "France", "FrenchGuiana", "FrenchPolynesia", "FrenchSouthernandAntarcticLands", "Gabon", "Gambia", "GazaStrip", "Georgia", "Germany", "Ghana", "Gibraltar", "GloriosoIslands", "Greece", "Greenland", "Grenada", "Guadeloupe", "Guam", "Guatemala", "Guernsey", "Guinea", "GuineaBissau", "Guyana", "Haiti", "HeardIslandandMcDonaldIslands", "VaticanCity", "Honduras", "HongKong", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "IsleofMan", "Israel", "Italy", "Jamaica", "JanMayen", "Japan", "Jersey", "Jordan", "JuandeNovaIsland", "Kazakhstan", "Kenya", "Kiribati", "NorthKorea", "SouthKorea", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Macau", "Macedonia", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "MarshallIslands", "Martinique", "Mauritania", "Mauritius", "Mayotte", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montserrat", "Morocco", "Mozambique", "Namibia", "Nauru", "NavassaIsland", "Nepal", "Netherlands", "NetherlandsAntilles", "NewCaledonia", "NewZealand", "Nicaragua", "Niger", "Nigeria", "Niue", "NorfolkIsland", "NorthernMarianaIslands", "Norway", "Oman", "Pakistan", "Palau", "Panama", "PapuaNewGuinea", "ParacelIslands", "Paraguay", "Peru", "Philippines", "PitcairnIslands", "Poland", "Portugal", "PuertoRico", "Qatar", "Reunion", "Romania", "Russia", "Rwanda", "SaintHelena", "SaintKittsandNevis", "SaintLucia", "SaintPierreandMiquelon", "SaintVincentandtheGrenadines", "Samoa", "SanMarino", "SaoTomeandPrincipe", "SaudiArabia", "Senegal", "SerbiaandMontenegro", "Seychelles", "SierraLeone", "Singapore", "Slovakia", "Slovenia", "SolomonIslands", "Somalia", "SouthAfrica", "SouthGeorgiaandtheSouthSandwichIslands", "Spain", "SpratlyIslands", "SriLanka", "Sudan", "Suriname", "Svalbard", "Swaziland", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "TimorLeste", "Togo", "Tokelau", "Tonga", "TrinidadandTobago", "TromelinIsland", "Tunisia", "Turkey", "Turkmenistan", "TurksandCaicosIslands", "Tuvalu", "Uganda", "Ukraine", "UnitedArabEmirates", "UnitedKingdom", "UnitedStates", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "VirginIslands", "WakeIsland", "WallisandFutuna", "WestBank", "WesternSahara", "Yemen", "Zambia", "Zimbabwe"];

    public static readonly string[] Cycle = ["Monthly", "Weekly", "Every2Weeks", "Quarterly", "Yearly", "Every2Months", "Daily", "Every6Months", "OneTime"];

    public static readonly string[] EntryAllowed = ["Unknown", "Yes", "No"];

    public static readonly string[] FileEntityType = ["Unknown", "Account", "Association", "AssociationOwner", "AssociationUnit", "Lease", "OwnershipAccount", "PublicAsset", "Rental", "RentalOwner", "RentalUnit", "Tenant", "Vendor"];

    public static readonly string[] GLAccountSubType = ["CurrentAsset", "FixedAsset", "CurrentLiability", "LongTermLiability", "Equity", "Income", "NonOperatingIncome", "OperatingExpenses", "NonOperatingExpenses"];

    public static readonly string[] GLAccountType = ["Asset", "Liability", "Equity", "Income", "Expense"];

    public static readonly string[] LeaseStatus = ["Active", "Past", "Future"];

    public static readonly string[] LeaseTenantStatus = ["MovedOut", "Current", "Future"];

    public static readonly string[] LeaseType = ["Fixed", "FixedWithRollover", "AtWill"];

    public static readonly string[] LeaseTypeRead = ["None", "Fixed", "FixedWithRollover", "AtWill"];

    public static readonly string[] MailingPreference = ["PrimaryAddress", "AlternateAddress"];

    public static readonly string[] PhoneNumberType = ["NotSet", "Home", "Office", "Cell", "Personal", "Fax", "Other"];

    public static readonly string[] Priority = ["Low", "Normal", "High"];

    public static readonly string[] PropertyType = ["Association", "Rental"];

    public static readonly string[] RenewalOfferStatus = ["NotSet", "NotStarted", "Generated", "Declined", "Renewed", "Draft", "Unsigned", "PartiallySigned", "Countersign", "Activated", "Sent", "Accepted"];

    public static readonly string[] RentalSubType = ["CondoTownhome", "MultiFamily", "SingleFamily", "Industrial", "Office", "Retail", "ShoppingCenter", "Storage", "ParkingSpace"];

    public static readonly string[] RentalType = ["None", "Residential", "Commercial"];

    public static readonly string[] RequestedByUserEntityType = ["ContactRequestor", "RentalOwner", "RentalTenant", "AssociationOwner"];

    public static readonly string[] SMSOptInStatus = ["NotSet", "RequestSent", "OptedIn", "OptedOut", "Converted"];

    public static readonly string[] SharedWith = ["Residents", "RentalOwners", "AssociationBoardMembers"];

    public static readonly string[] TaskStatus = ["New", "InProgress", "Completed", "Deferred", "Closed"];

    public static readonly string[] TaskType = ["ContactRequest", "ResidentRequest", "Todo", "RentalOwnerRequest"];

    public static readonly string[] TaxPayerIdType = ["SSN", "EIN"];

    public static readonly string[] TermType = ["MonthToMonth", "Standard", "Owner"];

    public static readonly string[] Type = ["NotSet", "Lease", "OwnershipAccount"];

    public static readonly string[] UnitBathrooms = ["NotSet", "OneBath", "OnePointFiveBath", "TwoBath", "TwoPointFiveBath", "ThreeBath", "FourBath", "FiveBath", "FivePlusBath", "ThreePointFiveBath", "FourPointFiveBath"];

    public static readonly string[] UnitBedrooms = ["NotSet", "Studio", "OneBed", "TwoBed", "ThreeBed", "FourBed", "FiveBed", "SixBed", "SevenBed", "EightBed", "NineBedPlus"];

    /// <summary>UserMessage.UserTypes and the usertypes filter of /v1/users.</summary>
    public static readonly string[] AccountUserType = ["Staff", "RentalOwner", "Vendor"];

    public static readonly string[] UserStatus = ["Inactive", "Active"];

    public static readonly string[] UserType = ["Unknown", "Tenant", "AssociationOwner", "AssociationTenant", "Staff", "Vendor", "RentalOwner"];

    public static readonly string[] WorkOrderEntryContactResourceType = ["RentalTenant", "AssociationOwner", "Staff", "RentalOwner"];

    public static readonly string[] WorkOrderPriority = ["Unknown", "Low", "Normal", "High"];

    public static readonly string[] WorkOrderStatus = ["Unknown", "New", "InProgress", "Completed", "Deferred", "Closed"];

    /// <summary>RentSchedulePostMessage/PutMessage.RentCycle (no OneTime, unlike a lease's Rent.Cycle).</summary>
    public static readonly string[] RentScheduleCycle = ["Monthly", "Weekly", "Every2Weeks", "Quarterly", "Yearly", "Every2Months", "Daily", "Every6Months"];

    public static readonly string[] PaymentMethod = ["Check", "Cash", "MoneyOrder", "CashierCheck", "DirectDeposit", "CreditCard", "ElectronicPayment"];

    public static readonly string[] LeaseTransactionType = ["Bill", "Check", "Charge", "Payment", "Credit", "Refund", "ApplyDeposit", "ElectronicFundsTransfer", "Other", "Deposit", "GeneralJournalEntry", "OwnerContribution", "ReversePayment", "ReverseElectronicFundsTransfer", "VendorCredit", "RentalApplicationFeePayment", "ReverseRentalApplicationFeePayment", "ReverseOwnerContribution", "VendorRefund", "UnreversedPayment", "UnreversedElectronicFundsTransfer", "UnreversedOwnerContribution", "UnreversedRentalApplicationFeePayment", "ReversedEftRefund", "CreditCardPurchase", "CreditCardPayment"];

    public static readonly string[] BalanceDuration = ["TotalBalance", "Balance0to30Days", "Balance31to60Days", "Balance61to90Days", "BalanceOver90Days"];
}
