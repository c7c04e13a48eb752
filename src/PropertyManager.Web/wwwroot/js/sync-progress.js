// Live progress of a sync run on /Admin/Sync: polls the page's Progress handler (JSON) once a second while a run is
// under way or one was just requested, and says so when the requested run has finished. No inline script (CSP).
(function () {
    'use strict';
    var panel = document.getElementById('sync-progress');
    if (!panel) {
        return;
    }

    var url = panel.getAttribute('data-url');
    var since = panel.getAttribute('data-since');
    var sinceTime = since ? Date.parse(since) : NaN;
    if (isNaN(sinceTime) && panel.getAttribute('data-running') !== 'true') {
        return;
    }

    var bar = panel.querySelector('[data-role="bar"]');
    var status = panel.querySelector('[data-role="status"]');
    var kinds = panel.querySelector('[data-role="kinds"]');
    var progressbar = panel.querySelector('[role="progressbar"]');
    var idlePolls = 0;
    panel.hidden = false;

    function setBar(percent) {
        bar.style.width = percent + '%';
        progressbar.setAttribute('aria-valuenow', String(percent));
    }

    function showKinds(list) {
        kinds.textContent = '';
        (list || []).forEach(function (k) {
            var item = document.createElement('li');
            item.className = 'list-inline-item';
            var count = k.total !== null && k.total !== undefined ? k.processed + '/' + k.total : k.processed + ' read';
            item.textContent = (k.label || k.kind) + ': ' + count + (k.failed ? ', ' + k.failed + ' failed' : '') + (k.done ? ' ✓' : '…');
            kinds.appendChild(item);
        });
    }

    function duration(seconds) {
        if (seconds < 60) {
            return 'under a minute';
        }
        var minutes = Math.round(seconds / 60);
        return minutes < 60 ? 'about ' + minutes + ' min' : 'about ' + Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min';
    }

    // Calls done and left, and the time left at the rate measured so far (Buildium's rate limit sets the pace).
    function describeEta(eta) {
        if (!eta) {
            return '';
        }
        var text = ' · ' + eta.callsDone.toLocaleString('en-US') + ' Buildium calls done, ' + eta.callsLeft.toLocaleString('en-US') + ' left';
        if (eta.secondsLeft !== null && eta.secondsLeft !== undefined) {
            text += ' · ' + duration(eta.secondsLeft) + ' left at ' + eta.callsPerSecond + ' calls/s';
        }
        return text;
    }

    function finished(run) {
        setBar(100);
        bar.classList.remove('progress-bar-animated', 'progress-bar-striped');
        bar.classList.add(run.status === 'succeeded' ? 'bg-success' : 'bg-danger');
        status.textContent = 'Run ' + run.status + '. ';
        var link = document.createElement('a');
        link.href = '/Admin/Sync/Runs/' + encodeURIComponent(run.id);
        link.textContent = 'See the run';
        status.appendChild(link);
        status.appendChild(document.createTextNode(' · '));
        var reload = document.createElement('a');
        reload.href = window.location.pathname;
        reload.textContent = 'Refresh the counts';
        status.appendChild(reload);
        panel.setAttribute('data-state', 'done');
    }

    function poll() {
        fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            })
            .then(function (data) {
                var run = data.running;
                if (run) {
                    idlePolls = 0;
                    setBar(run.percent);
                    status.textContent = 'Running ' + run.mode + (run.kindLabel ? ' (' + run.kindLabel + ')' : '') + ': ' + run.kindsDone + ' of ' + run.kindsTotal + ' kinds done' + describeEta(run.eta);
                    showKinds(run.kinds);
                    window.setTimeout(poll, 1000);
                    return;
                }

                var last = data.lastRun;
                var threshold = isNaN(sinceTime) ? 0 : sinceTime;
                if (last && last.finishedAt && Date.parse(last.startedAt) >= threshold) {
                    finished(last);
                    return;
                }

                idlePolls += 1;
                if (idlePolls > 120) {
                    status.textContent = 'No run has started yet; the worker may be busy elsewhere. Reload the page to check again.';
                    return;
                }
                status.textContent = 'Waiting for the worker…';
                window.setTimeout(poll, 1000);
            })
            .catch(function (error) {
                status.textContent = 'Could not read the progress (' + error.message + '); retrying…';
                window.setTimeout(poll, 3000);
            });
    }

    poll();
}());
