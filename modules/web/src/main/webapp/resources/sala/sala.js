/*
 * The attempt page, made quicker with JavaScript; without it the page works through its buttons.
 *
 * - Countdown: counts down from the seconds the server computed from its deadline, and tells screen
 *   readers, politely, when 10, 5 and 1 minutes are left and when time is up.
 * - Saving as you answer: each change is posted like the Save button (the same Faces form, so the same
 *   checks on the server), one request at a time. The page says "Saved at ..." only when the server's
 *   answer says the answer was saved (after the commit). If the server cannot be reached the page says
 *   so and tries again, waiting longer each time, until it gets through; a refusal (say, a newer answer
 *   from another tab) is shown as the server words it.
 */
(function () {
    'use strict';

    function format(pattern, value) {
        return String(pattern || '').replace('{0}', value);
    }

    function countdown() {
        var timer = document.getElementById('time-left');
        if (!timer) {
            return;
        }
        var alert = document.getElementById('time-alert');
        var left = parseInt(timer.getAttribute('data-seconds-left'), 10);
        if (isNaN(left) || left < 0) {
            return;
        }
        var started = Date.now();
        var announced = {};

        function announce(text) {
            if (alert) {
                alert.textContent = text;
            }
        }

        function tick() {
            var elapsed = Math.floor((Date.now() - started) / 1000);
            var seconds = Math.max(0, left - elapsed);
            if (seconds === 0) {
                timer.textContent = timer.getAttribute('data-time-up');
                announce(timer.getAttribute('data-time-up'));
                return;
            }
            var rest = seconds % 60;
            timer.textContent = timer.getAttribute('data-label') + ' ' + Math.floor(seconds / 60) + ':' + (rest < 10 ? '0' : '') + rest;
            [10, 5, 1].forEach(function (minutes) {
                if (seconds <= minutes * 60 && seconds > (minutes * 60 - 60) && !announced[minutes] && left > minutes * 60) {
                    announced[minutes] = true;
                    announce(format(alert && alert.getAttribute(minutes === 1 ? 'data-one-minute' : 'data-minutes'), minutes));
                }
            });
            setTimeout(tick, 1000 - ((Date.now() - started) % 1000));
        }

        tick();
    }

    function autosave() {
        var form = document.getElementById('answers');
        var state = document.getElementById('save-state');
        if (!form || !state || !window.fetch || !window.FormData || !window.DOMParser || !window.URLSearchParams) {
            return;
        }
        var button = document.getElementById('answers:save');
        if (!button) {
            return;
        }
        var inFlight = false;
        var pending = false;
        var delay = 0;
        var timer = null;
        var typing = null;

        function say(text, kind) {
            state.textContent = text;
            state.className = 'save-state ' + kind;
        }

        function clock() {
            var now = new Date();
            return [now.getHours(), now.getMinutes(), now.getSeconds()].map(function (part) {
                return (part < 10 ? '0' : '') + part;
            }).join(':');
        }

        /** Takes what the server's page says: the view state for the next post, the panel, saved or not. */
        function received(html) {
            var page = new DOMParser().parseFromString(html, 'text/html');
            var viewState = page.querySelector('input[name="jakarta.faces.ViewState"]');
            if (!viewState) {
                throw new Error('not the attempt page');
            }
            document.querySelectorAll('input[name="jakarta.faces.ViewState"]').forEach(function (input) {
                input.value = viewState.value;
            });
            var steps = page.querySelector('nav.steps');
            var current = document.querySelector('nav.steps');
            if (steps && current) {
                current.innerHTML = steps.innerHTML;
            }
            var refused = page.querySelector('#status .errors');
            if (refused) {
                say(form.getAttribute('data-refused') + ' ' + refused.textContent.trim(), 'errors');
            } else if (page.querySelector('#status .saved')) {
                say(format(form.getAttribute('data-saved'), clock()), 'saved');
            } else {
                throw new Error('no word from the server on the save');
            }
        }

        function send() {
            clearTimeout(timer);
            if (inFlight) {
                pending = true;
                return;
            }
            inFlight = true;
            pending = false;
            say(form.getAttribute('data-saving'), 'saving');
            var data = new FormData(form);
            data.append(button.name, button.value);
            fetch(form.action, {
                method: 'POST',
                body: new URLSearchParams(data),
                credentials: 'same-origin',
                redirect: 'follow'
            }).then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.text();
            }).then(function (html) {
                received(html);
                delay = 0;
            }).catch(function () {
                delay = Math.min(delay ? delay * 2 : 2000, 30000);
                say(form.getAttribute('data-retrying'), 'errors');
                pending = true;
            }).then(function () {
                inFlight = false;
                if (pending) {
                    timer = setTimeout(send, delay);
                }
            });
        }

        function changed() {
            clearTimeout(typing);
            if (delay > 0) {
                pending = true;
                return;
            }
            send();
        }

        form.addEventListener('change', function (event) {
            if (event.target.matches('input, select, textarea')) {
                changed();
            }
        });
        form.addEventListener('input', function (event) {
            if (event.target.matches('input[type="text"], textarea')) {
                clearTimeout(typing);
                typing = setTimeout(changed, 1200);
            }
        });
    }

    countdown();
    autosave();
}());
