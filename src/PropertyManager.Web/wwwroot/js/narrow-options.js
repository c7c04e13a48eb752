// Narrows a dropdown to the options of the chosen property: <select data-narrow-by="Input_PropertyId"> with
// <option data-property="..."> children. Options of other properties are hidden and disabled; a chosen one that no
// longer fits is cleared. The server checks the pair again, so this only saves the user a wrong choice.
(function () {
    "use strict";

    function narrow(select, by) {
        var property = by.value;
        var options = select.querySelectorAll("option[data-property]");
        for (var i = 0; i < options.length; i++) {
            var option = options[i];
            var fits = !property || option.getAttribute("data-property") === property;
            option.hidden = !fits;
            option.disabled = !fits;
            if (!fits && option.selected) {
                select.value = "";
            }
        }
    }

    function follow(select) {
        var by = document.getElementById(select.getAttribute("data-narrow-by"));
        if (!by) {
            return;
        }

        narrow(select, by);
        by.addEventListener("change", function () { narrow(select, by); });
        // Choosing a task whose property differs sets the property to the task's.
        select.addEventListener("change", function () {
            var chosen = select.options[select.selectedIndex];
            var property = chosen && chosen.getAttribute("data-property");
            if (property && by.tagName === "SELECT" && by.value !== property) {
                by.value = property;
                by.dispatchEvent(new Event("change"));
            }
        });
    }

    var selects = document.querySelectorAll("select[data-narrow-by]");
    for (var i = 0; i < selects.length; i++) {
        follow(selects[i]);
    }
}());
