/**
 * newman reporter "loopguard": aborts a run in which one request runs more than `limit` times in
 * a row — a `setNextRequest` loop whose exit condition can never hold (e.g. zrc-007b polling a
 * list that was never created). Without it newman loops until its cli reporter crashes and no
 * report is written. The run ends normally (reports are written) with `run.error` set.
 *
 * Options: --reporter-loopguard-limit N (default 50). Found through NODE_PATH by scripts/conformance.
 */
'use strict';

module.exports = function LoopGuard (emitter, reporterOptions) {
    var limit = parseInt(reporterOptions.limit, 10) || 50,
        run = null,
        lastId = null,
        repeats = 0;

    emitter.on('start', function (err, args) {
        run = args && args.run;
    });

    emitter.on('beforeItem', function (err, args) {
        var item = args && args.item;

        if (!item || !run) { return; }
        repeats = (item.id === lastId) ? repeats + 1 : 1;
        lastId = item.id;
        if (repeats > limit) {
            var message = 'loop guard: "' + item.name + '" ran ' + limit +
                ' times in a row; run aborted';

            console.error('\n' + message);
            // A plain object: an Error would serialise to {} in the JSON report.
            emitter.summary.run.error = emitter.summary.run.error ||
                { name: 'LoopGuardError', message: message };
            run.abort();
            run = null;
        }
    });
};
