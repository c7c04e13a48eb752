// Gives every table cell its column's header as data-label and data-col, so below 576 px a table can show each row
// as a card of "label: value" lines (site.css), and list columns can be styled by key. No inline script: the
// Content-Security-Policy allows only files like this one.
(function () {
    'use strict';
    document.querySelectorAll('main table').forEach(function (table) {
        var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
            return { label: th.textContent.replace(/[▲▼]/g, '').trim(), col: th.getAttribute('data-col') };
        });
        if (headers.length === 0) {
            return;
        }
        table.classList.add('table-cards');
        table.querySelectorAll('tbody tr, tfoot tr').forEach(function (row) {
            Array.prototype.forEach.call(row.children, function (cell, i) {
                var header = headers[i];
                if (!header) {
                    return;
                }
                if (!cell.hasAttribute('data-label') && header.label) {
                    cell.setAttribute('data-label', header.label);
                }
                if (header.col) {
                    cell.setAttribute('data-col', header.col);
                }
            });
        });
    });
})();
