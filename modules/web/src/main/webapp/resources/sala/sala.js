/*
 * The attempt page, made quicker with JavaScript; without it the page works through its buttons.
 *
 * - Countdown: counts down from the seconds the server computed from its deadline, and tells screen
 *   readers, politely, when 10, 5 and 1 minutes are left and when time is up.
 * - Saving as you answer: each change of the question's inputs is sent to the server's answer endpoint
 *   (POST /answers, the same checks as the Save button, a small JSON answer instead of the whole page),
 *   one request at a time. The page says "Saved at ..." only when the server's answer says the answer was
 *   saved (after the commit). If the server cannot be reached or cannot store it (503) the page says so and
 *   tries again, waiting longer each time, until it gets through; a refusal (say, a newer answer from
 *   another tab) is shown as the server words it.
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
        var question = form && form.querySelector('fieldset.question[data-question]');
        var sequenceField = document.getElementById('answers:sequence');
        if (!form || !state || !question || !sequenceField || !form.getAttribute('data-endpoint')
                || !window.fetch || !window.URLSearchParams) {
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

        /** The question's answer as its inputs hold it: plain values, and parts (data-part) by id. */
        function answer() {
            var data = new URLSearchParams();
            question.querySelectorAll('input, select, textarea').forEach(function (input) {
                if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) {
                    return;
                }
                var part = input.getAttribute('data-part');
                data.append(part ? 'part.' + part : 'value', input.value);
            });
            var certainty = form.querySelector('.certainty input[type="radio"]:checked');
            data.append('certainty', certainty ? certainty.value : '');
            return data;
        }

        /** Marks the current question answered or not in the panel, as the server stored it. */
        function mark(answered) {
            var nav = document.querySelector('nav.steps');
            var current = nav && nav.querySelector('a.current');
            if (!current) {
                return;
            }
            current.classList.toggle('answered', answered);
            var words = current.querySelector('.visually-hidden');
            if (words) {
                words.textContent = nav.getAttribute(answered ? 'data-answered' : 'data-not-answered');
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
            // Each request carries a higher number than the last, and the page's buttons the next one, so that
            // a button pressed while this is on its way is not taken for an older page.
            var sequence = parseInt(sequenceField.value, 10) || 0;
            sequenceField.value = String(sequence + 1);
            var data = answer();
            data.append('attempt', form.getAttribute('data-attempt'));
            data.append('question', question.getAttribute('data-question'));
            data.append('sequence', String(sequence));
            data.append('token', form.getAttribute('data-token'));
            fetch(form.getAttribute('data-endpoint'), {
                method: 'POST',
                body: data,
                credentials: 'same-origin',
                headers: {'Accept': 'application/json'}
            }).then(function (response) {
                if (response.status >= 500) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            }).then(function (result) {
                delay = 0;
                if (result.saved) {
                    mark(result.answered);
                    say(format(form.getAttribute('data-saved'), clock()), 'saved');
                } else {
                    // A refusal (a newer answer from another tab, time up, signed out): trying again would not help.
                    say(form.getAttribute('data-refused') + ' ' + result.message, 'errors');
                }
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
