// Saliency maps on the Search page ("Explanations" on): after every page update, tell the server which results
// are on screen (it queues their maps first) and poll until each map is done; a tile shows its queue position
// or progress, then its map over the image. Only pending maps are polled; a full queue is retried later.
var xcbir = xcbir || {};
(function () {
    var POLL_MS = 1000;
    var RETRY_MS = 5000;
    var timer = null;
    var shownAt = null; // the maps endpoint of the results last shown with maps

    function grid() {
        return document.querySelector('.xcbir-grid.with-maps');
    }

    function endpoint(g) {
        return g.getAttribute('data-context') + '/api/sessions/' + g.getAttribute('data-session-id') + '/maps';
    }

    function imageIds(g) {
        return Array.prototype.map.call(g.querySelectorAll('.xcbir-tile[data-image-id]'), function (tile) {
            return Number(tile.getAttribute('data-image-id'));
        });
    }

    function describe(status) {
        switch (status.state) {
            case 'QUEUED': return status.position === 0 ? 'next' : 'queued, ' + status.position + ' before it';
            case 'RUNNING': return status.total ? Math.floor(100 * status.done / status.total) + ' %' : 'starting';
            case 'FAILED': return 'no map: ' + status.message;
            case 'REJECTED': return 'server busy, retrying';
            case 'DONE': return '';
            default: return 'waiting for the server';
        }
    }

    // Updates the tiles; answers whether some map still needs asking again (not requested or rejected)
    // and which are still being computed.
    function apply(g, statuses) {
        var pending = [];
        var askAgain = false;
        statuses.forEach(function (status) {
            var tile = g.querySelector('.xcbir-tile[data-image-id="' + status.imageId + '"]');
            if (!tile) {
                return;
            }
            tile.setAttribute('data-map-state', status.state);
            tile.querySelector('.map-status').textContent = describe(status);
            if (status.state === 'DONE') {
                var src = g.getAttribute('data-context') + '/saliency/' + g.getAttribute('data-session-id') + '/'
                    + status.imageId + '.png?v=' + status.version;
                var map = tile.querySelector('.map-image');
                if (map.getAttribute('src') !== src) {
                    map.setAttribute('src', src);
                }
            } else if (status.state === 'QUEUED' || status.state === 'RUNNING') {
                pending.push(status.imageId);
            } else if (status.state !== 'FAILED') {
                askAgain = true;
            }
        });
        return {pending: pending, askAgain: askAgain};
    }

    function request(g, ids, show) {
        var options = {credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (show) {
            options.method = 'POST';
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify({imageIds: ids});
            return fetch(endpoint(g), options);
        }
        return fetch(endpoint(g) + '?' + ids.map(function (id) { return 'image=' + id; }).join('&'), options);
    }

    function update(g, ids, show) {
        clearTimeout(timer);
        request(g, ids, show).then(function (response) {
            return response.ok ? response.json() : Promise.reject(response.status);
        }).then(function (statuses) {
            if (grid() !== g) {
                return; // the page was re-rendered meanwhile; its own update is under way
            }
            var state = apply(g, statuses);
            if (state.askAgain) {
                timer = setTimeout(function () { update(g, imageIds(g), true); }, RETRY_MS);
            } else if (state.pending.length) {
                timer = setTimeout(function () { update(g, state.pending, false); }, POLL_MS);
            }
        }).catch(function () {
            if (grid() === g) {
                timer = setTimeout(function () { update(g, imageIds(g), true); }, RETRY_MS);
            }
        });
    }

    // The maps queued for a screen that is gone (maps switched off, another session, page left) are not wanted.
    function leave(url) {
        if (url) {
            fetch(url, {method: 'DELETE', credentials: 'same-origin', keepalive: true});
        }
    }

    xcbir.refreshMaps = function () {
        clearTimeout(timer);
        var g = grid();
        var now = g ? endpoint(g) : null;
        if (shownAt !== now) {
            leave(shownAt);
        }
        shownAt = now;
        if (g && imageIds(g).length) {
            update(g, imageIds(g), true);
        }
    };

    window.addEventListener('pagehide', function () {
        leave(shownAt);
        shownAt = null;
    });
    document.addEventListener('DOMContentLoaded', xcbir.refreshMaps);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', xcbir.refreshMaps);
    }
})();
