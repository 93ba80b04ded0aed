/* A long facet list narrowed as one types: each input[data-filters] names the list it narrows;
   items with a data-filter-text that lacks a word of the box are hidden, by the rule the server
   applies to the same form without this script (datasette_plugins/facet_filter.py: fold()).
   The bucket of items without a value (.archive-missing) always stays. Nothing is written as HTML. */
(function () {
    "use strict";

    function fold(text) {
        return String(text || "").normalize("NFKD").replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u064b-\u065f\u0670]/g, "")
            .toLowerCase().replace(/[\-\u2010\u2011\u2013\u2014'\u2019\u2018\u02bf\u02be`\u00b4_./]+/g, " ")
            .split(/\s+/).filter(Boolean).join(" ");
    }

    function listItems(list) {
        // Items say their text in data-filter-text; a table's rows without it are read by their first link.
        var items = Array.prototype.slice.call(list.querySelectorAll("[data-filter-text]"));
        return items.length ? items : Array.prototype.slice.call(list.children);
    }

    function attach(input) {
        // data-filters: the id of the list the box narrows, or several ids separated by spaces
        var lists = (input.getAttribute("data-filters") || "").split(/\s+/)
            .map(function (id) { return id ? document.getElementById(id) : null; })
            .filter(Boolean);
        if (!lists.length) {
            return;
        }
        var form = input.form;
        var status = form ? form.querySelector(".archive-facet-filter-status") : null;
        var items = [];
        lists.forEach(function (one) { items = items.concat(listItems(one)); });
        var values = items.filter(function (item) {
            return !item.classList.contains("archive-missing") && !item.classList.contains("archive-other");
        });
        values.forEach(function (item) {
            var link = item.querySelector("a");
            var text = item.getAttribute("data-filter-text");
            item.setAttribute("data-folded", fold(text !== null ? text : (link || item).textContent));
        });

        function apply() {
            var words = fold(input.value).split(" ").filter(Boolean);
            var shown = 0;
            values.forEach(function (item) {
                var text = item.getAttribute("data-folded");
                var keep = words.every(function (word) { return text.indexOf(word) !== -1; });
                item.hidden = !keep;
                if (keep) {
                    shown += 1;
                }
            });
            if (status) {
                status.textContent = words.length ? shown + " of " + values.length + " value" + (values.length === 1 ? "" : "s") + " match"
                    + (form.getAttribute("data-partial") ? " (Enter: search every value)" : "") : "";
            }
            lists.forEach(function (one) { one.setAttribute("data-shown", String(shown)); });
        }

        input.addEventListener("input", apply);
        // The list the server sent is already narrowed; a box emptied in place shows it all again.
        if (form) {
            form.setAttribute("data-live", "1");
        }
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll("input[data-filters]"), attach);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
