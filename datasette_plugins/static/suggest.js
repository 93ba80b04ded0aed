/* Query-term suggestions for the archive's search boxes: each form with a data-suggest URL gets its
   input's <datalist> filled from /-/suggest as the user types (debounced; the latest answer wins).
   Options are set through the DOM (option.value), never as HTML. Without this script the boxes
   work the same: a plain form submit. */
(function () {
    "use strict";
    var DELAY_MS = 150;
    var MAX_OPTIONS = 15;

    function attach(form) {
        var url = form.getAttribute("data-suggest");
        var input = form.querySelector("input[name=q]");
        var list = input && input.getAttribute("list") ? document.getElementById(input.getAttribute("list")) : null;
        if (!url || !list || !window.fetch) {
            return;
        }
        var timer = null;
        var asked = null;
        var ticket = 0;

        function fill(values) {
            while (list.firstChild) {
                list.removeChild(list.firstChild);
            }
            values.slice(0, MAX_OPTIONS).forEach(function (value) {
                if (typeof value !== "string") {
                    return;
                }
                var option = document.createElement("option");
                option.value = value;
                list.appendChild(option);
            });
        }

        function ask() {
            var q = input.value;
            if (q === asked) {
                return;
            }
            asked = q;
            if (!/[^\s()"]{2,}$/.test(q)) {  // the last word needs two letters
                fill([]);
                return;
            }
            var mine = ++ticket;
            fetch(url + "?q=" + encodeURIComponent(q), {headers: {"Accept": "application/json"}, credentials: "same-origin"})
                .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
                .then(function (data) {
                    if (mine === ticket && input.value === q) {
                        fill(Array.isArray(data.suggestions) ? data.suggestions : []);
                    }
                })
                .catch(function () { /* no suggestions: the box still works */ });
        }

        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(ask, DELAY_MS);
        });
    }

    Array.prototype.forEach.call(document.querySelectorAll("form[data-suggest]"), attach);
})();
