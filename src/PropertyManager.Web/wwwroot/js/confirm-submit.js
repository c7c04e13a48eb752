// Asks before a form with data-confirm="question" is sent (deactivation and other steps that change what others
// see). A script file, not an inline handler, so the Content-Security-Policy holds.
(function () {
    "use strict";
    document.addEventListener("submit", function (event) {
        var form = event.target;
        var question = form && form.getAttribute && form.getAttribute("data-confirm");
        if (question && !window.confirm(question)) {
            event.preventDefault();
        }
    });
}());
