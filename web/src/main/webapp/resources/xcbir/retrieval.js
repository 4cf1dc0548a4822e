// Keyboard adjudication on the Search page: the result under the mouse pointer (or the last one hovered) takes
// 1 / 2 / 0 / Enter; R, M and U act on the page. Keys typed into inputs are left alone.
var xcbir = xcbir || {};
(function () {
    var hovered = null;
    document.addEventListener('mouseover', function (e) {
        var tile = e.target.closest && e.target.closest('.xcbir-tile');
        if (tile) {
            hovered = tile.getAttribute('data-image-id');
        }
    });
    function tile() {
        return hovered && document.querySelector('.xcbir-tile[data-image-id="' + hovered + '"]');
    }
    function click(selector, scope) {
        var element = (scope || document).querySelector(selector);
        if (element && !element.disabled) {
            element.click();
            return true;
        }
        return false;
    }
    document.addEventListener('keydown', function (e) {
        if (e.ctrlKey || e.metaKey || e.altKey || /INPUT|TEXTAREA|SELECT/.test(e.target.tagName)) {
            return;
        }
        var current = tile();
        var done = false;
        switch (e.key) {
            case '1': done = current && click('.mark-positive', current); break;
            case '2': done = current && click('.mark-negative', current); break;
            case '0': done = current && click('.mark-neutral', current); break;
            case 'Enter': done = current && (xcbir.showFull(current.querySelector('.xcbir-thumb')), true); break;
            case 'e': case 'E': done = click('[id$="show-maps"] .ui-toggleswitch-slider'); break;
            case 'Escape': document.getElementById('full-size').classList.remove('open'); done = true; break;
            case 'r': case 'R': done = click('[id$="refine"]'); break;
            case 'm': case 'M': done = click('[id$="more"]'); break;
            case 'u': case 'U': done = click('[id$="undo"]'); break;
        }
        if (done) {
            e.preventDefault();
        }
    });
    // A result (its .xcbir-thumb) opens with its saliency map beside it when the map is shown and ready;
    // a side-panel thumbnail is just the image.
    xcbir.showFull = function (element) {
        var full = document.getElementById('full-size');
        var image = element.tagName === 'IMG' ? element : element.querySelector('.result-image');
        var map = element.tagName === 'IMG' ? null : element.querySelector('.map-image[src]');
        full.querySelector('.full-image').src = image.src;
        full.classList.toggle('with-map', !!map);
        if (map) {
            full.querySelector('.full-map-image').src = map.getAttribute('src');
        }
        full.classList.add('open');
    };
})();
