/*
 * Draws the charts of the staff and course pages with Chart.js (loaded before this file from the webjar).
 * Each chart is a <canvas data-chart="{...}"> whose figures the page wrote as JSON, next to a table with
 * the same figures for those who do not see the picture; nothing here is inline, so the page keeps its
 * content security policy (script-src 'self').
 *
 * The JSON: {"type": "bar" | "scatter" | "line", "labels": [...], "datasets": [{"label", "data", "colors"?}],
 *            "x": "axis title", "y": "axis title", "max": y maximum?, "marker": {"at": index or x value, "label"}?,
 *            "links": [url per point]?, "stacked": true?}
 */
(function () {
    'use strict';
    if (typeof Chart === 'undefined') {
        return; // the tables carry the figures
    }
    var palette = ['#1f5f8b', '#b35900', '#2e7d32', '#8e24aa', '#c62828', '#00796b'];

    // A dashed line across the chart at a value of the x axis (the pass mark on a histogram).
    var marker = {
        id: 'salaMarker',
        afterDatasetsDraw: function (chart, args, options) {
            if (!options || options.at === undefined || options.at === null) {
                return;
            }
            var x = chart.scales.x.getPixelForValue(options.at);
            var area = chart.chartArea;
            var context = chart.ctx;
            context.save();
            context.strokeStyle = '#c62828';
            context.lineWidth = 2;
            context.setLineDash([6, 4]);
            context.beginPath();
            context.moveTo(x, area.top);
            context.lineTo(x, area.bottom);
            context.stroke();
            context.setLineDash([]);
            context.fillStyle = '#c62828';
            context.font = '12px sans-serif';
            context.fillText(options.label || '', Math.min(x + 4, area.right - 80), area.top + 12);
            context.restore();
        }
    };

    function draw(canvas) {
        var spec;
        try {
            spec = JSON.parse(canvas.getAttribute('data-chart'));
        } catch (notJson) {
            return;
        }
        var datasets = spec.datasets.map(function (set, index) {
            var colour = palette[index % palette.length];
            return {
                label: set.label,
                data: set.data,
                backgroundColor: set.colors || colour,
                borderColor: set.colors || colour,
                pointRadius: spec.type === 'scatter' ? 5 : 3,
                pointStyle: set.styles || 'circle',
                fill: false,
                tension: 0
            };
        });
        var scale = function (title, stacked, max) {
            var axis = {title: {display: !!title, text: title || ''}, stacked: !!stacked, beginAtZero: true};
            if (max !== undefined && max !== null) {
                axis.max = max;
            }
            return axis;
        };
        var options = {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            indexAxis: spec.horizontal ? 'y' : 'x',
            spanGaps: !!spec.spanGaps,
            scales: {
                x: spec.type === 'scatter' ? Object.assign(scale(spec.x, false, spec.xMax), {type: 'linear', min: spec.xMin}) : scale(spec.x, spec.stacked),
                y: Object.assign(scale(spec.y, spec.stacked, spec.max), spec.yMin !== undefined ? {min: spec.yMin, beginAtZero: false} : {})
            },
            plugins: {
                legend: {display: datasets.length > 1},
                salaMarker: spec.marker || {}
            }
        };
        if (spec.links) {
            options.onClick = function (event, elements) {
                if (elements.length > 0 && spec.links[elements[0].index]) {
                    window.location.href = spec.links[elements[0].index];
                }
            };
            options.plugins.tooltip = {
                callbacks: {
                    label: function (item) {
                        var name = spec.labels ? spec.labels[item.dataIndex] : '';
                        return name + ' (' + item.parsed.x + ', ' + item.parsed.y + ')';
                    }
                }
            };
        }
        new Chart(canvas, {
            type: spec.type,
            data: {labels: spec.type === 'scatter' ? undefined : spec.labels, datasets: datasets},
            options: options,
            plugins: [marker]
        });
    }

    var canvases = document.querySelectorAll('canvas[data-chart]');
    for (var i = 0; i < canvases.length; i++) {
        draw(canvases[i]);
    }
}());
