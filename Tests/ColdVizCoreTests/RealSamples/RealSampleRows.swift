/// The expected numbers of every a_ to f_ sample, taken from the files, not from coldviz.
///
/// Sources: "§11" is docs/FORMATS.md §11 (records per file), "SOURCES" is Fixtures/realdata/SOURCES.md.
/// Events in text files were counted with a throwaway python3 script applying docs/FORMATS.md §3: a line
/// with a tool prefix (ISO time, `sam logs` stream + time, Go `YYYY/MM/DD hh:mm:ss`, emulator
/// `DD Mon YYYY`, redacted `XXXX-XX-XX…`) starts an event; once a file has shown a prefix, unprefixed
/// non-platform lines continue the open event; an XRAY line continues its REPORT; a console-copy
/// timestamp line belongs to the message below it; blank lines end an event. In unprefixed files every
/// other non-blank line is an event. JSON containers were counted with python3's `json` (events of
/// `events`/`payload`/`logEvents` after base64+gzip/zlib, Insights rows, documents, JSON lines);
/// REPORT / Init Duration / Restore Duration by grep over the messages.
extension RealSampleRow {
    static let all: [RealSampleRow] = plainText + cloudWatchJSON + subscription + telemetry + insights + powertools

    static let plainText: [RealSampleRow] = [
        // §11: 10 REPORT, 2 with Init. 10 blocks of START/app/END/REPORT + 2 failure lines = 42 lines.
        // Suppressed: the 2 "is cold, hits 1" blocks without Init, after the timeout and after the OOM kill.
        .init(file: "a_astuyve-blog_2022-02-19-ice-cold-starts_examples.txt", events: 42, reports: 10, cold: 2, suppressed: 2),
        // §11: 2 REPORT; pitfall 38 / SOURCES: the `Status: timeout` REPORT is a suppressed-init cold start.
        .init(
            file: "a_astuyve-blog_2024-10-03-lambda-timeout-doom-loop_Status-timeout.txt", events: 2, reports: 2, cold: 1,
            suppressed: 1,
            knownIssue:
                "the file is two isolated lines from a blog post: nothing in the data says the timed-out invocation re-ran init"),
        // §11: 1 REPORT (Init 289.40). 11 redacted-prefix events; JSON body and `...` lines continue them.
        .init(file: "a_aws-samples-aws-lambda-extensions_cache-extension-demo_README_log.txt", events: 11, reports: 1, cold: 1),
        // §11: 1 REPORT (Init 264.75). 9 redacted-prefix events; indented JSON and `...` lines continue them.
        .init(
            file: "a_aws-samples-aws-lambda-extensions_go-example-crash-uploader-extension_README_log.txt", events: 9, reports: 1,
            cold: 1),
        .init(file: "a_aws-samples-aws-lambda-extensions_go-example-extension_README_log.txt", events: 9, reports: 1, cold: 1),
        // §11: 2 REPORT, 1 cold each (Tail block: warm 57f231fb). Unprefixed: non-blank lines minus XRAY lines.
        .init(file: "a_awsdocs-lambda-guide_csharp-logging_examples.txt", events: 35, reports: 2, cold: 1),
        // Go `YYYY/MM/DD hh:mm:ss` lines are prefixed, so the JSON dump and the Tail line continue events.
        .init(file: "a_awsdocs-lambda-guide_golang-logging_examples.txt", events: 12, reports: 2, cold: 1),
        .init(file: "a_awsdocs-lambda-guide_java-context_example.txt", events: 12, reports: 1, cold: 1),
        .init(file: "a_awsdocs-lambda-guide_java-logging_examples.txt", events: 32, reports: 2, cold: 1),
        // Node `ts⇥id⇥LEVEL` lines are prefixed: their multi-line JSON continues them.
        .init(file: "a_awsdocs-lambda-guide_nodejs-logging_examples.txt", events: 9, reports: 2, cold: 1),
        .init(file: "a_awsdocs-lambda-guide_powershell-logging_examples.txt", events: 30, reports: 2, cold: 1),
        // §11: 3 REPORT, 2 cold.
        .init(file: "a_awsdocs-lambda-guide_python-logging_examples.txt", events: 18, reports: 3, cold: 2),
        .init(file: "a_awsdocs-lambda-guide_ruby-logging_examples.txt", events: 20, reports: 2, cold: 1),
        // §11: one REPORT line, cold.
        .init(file: "a_awsdocs-lambda-guide_runtimes-custom_example.txt", events: 1, reports: 1, cold: 1),
        .init(file: "a_awsdocs-lambda-guide_with-s3-example_example.txt", events: 9, reports: 1, cold: 1),
        // §11 / grep: AWS REPORTs (stream-prefixed) and their Init Duration; the bare RIE REPORT is not AWS data.
        .init(
            file: "a_curiousdev-aws-lambda-container-images_aws-base-images-python_README_RIE-and-sam-logs.txt", events: 59,
            reports: 5, cold: 1),
        .init(
            file: "a_curiousdev-aws-lambda-container-images_aws-os-only-images-go_README_RIE-and-sam-logs.txt", events: 65,
            reports: 4, cold: 1),
        .init(
            file: "a_curiousdev-aws-lambda-container-images_custom-images-go_README_RIE-and-sam-logs.txt", events: 90, reports: 6,
            cold: 1),
        .init(
            file: "a_curiousdev-aws-lambda-container-images_custom-images-python_README_RIE-and-sam-logs.txt", events: 75,
            reports: 6, cold: 1),
        // §11: 4 strings, 1 malformed (`REPORT invalid report log line`), 1 with integer Init 1234; XRAY line continues.
        .init(
            file: "a_datadog-forwarder_test_enhanced_lambda_metrics_REPORT-lines.txt", events: 4, reports: 3, cold: 1,
            malformed: 1),
        // §11: 5 REPORT, 1 restore. 47 prefixed lines + the `^C` line after a blank line.
        .init(file: "a_docwho2-java-chime-voicesdk-sma_README_sam-logs-tail_SnapStart.txt", events: 48, reports: 5, restores: 1),
        // §11: 1 REPORT, 1 restore. 16 prefixed lines; the `^C` line right after the REPORT continues it.
        .init(file: "a_docwho2-java-connect-lex-chatgpt_README_sam-logs-tail_SnapStart.txt", events: 16, reports: 1, restores: 1),
        // §11: 9 REPORT lines = 8 invocations (6 with Init, 2 restores); REPORT 5b321b10 pasted twice and the
        // 11:34:47 INIT_START pasted twice (tab and space forms) = 2 duplicates.
        .init(
            file: "a_luketn-java-lambda-best-practice_readme_console-copy_INIT_START-RESTORE.txt", events: 50, reports: 8,
            cold: 6,
            restores: 2, duplicates: 2),
        // §11: 2 REPORT, both cold. 16 non-blank lines minus 2 XRAY lines.
        .init(file: "a_mcnamarabrian-pycon2024_README-TRACES_sam-remote-invoke.txt", events: 14, reports: 2, cold: 2),
    ]

    static let cloudWatchJSON: [RealSampleRow] = [
        // §11: 5 events, 1 REPORT (no Init); + the `aws lambda invoke` response document, an ignored event.
        .init(file: "b_awsdocs-lambda-guide_python-logging_invoke-plus-get-log-events.txt", events: 6, reports: 1),
        // §11: 265 events, 49 REPORT, no Init.
        .init(
            file: "b_drinkingtheink-aws_sdk-react-express-node-fe_example-recent-logs-body_filter-log-events.json", events: 265,
            reports: 49),
        // §11: 10 events, 1 REPORT with Restore Duration.
        .init(file: "b_jcloudify-ui_log-stream-event.mock_SnapStart-events.json", events: 10, reports: 1, restores: 1),
        // §11: 6 events; platform.report without initDurationMs; platform.initReport status "timeout".
        .init(file: "b_level12-mu_log_events_get-log-events-style.json", events: 6, reports: 1, initFailures: 1),
    ]

    static let subscription: [RealSampleRow] = [
        .init(file: "c_awsdocs-lambda-guide_services-cloudwatchlogs_DATA_MESSAGE.json", events: 1, reports: 1),
        .init(file: "c_datadog-forwarder_snapshots_cloudwatch_log_coldstart.json", events: 3, reports: 1, cold: 1),
        .init(file: "c_datadog-forwarder_snapshots_cloudwatch_log_lambda_invocation.json", events: 19, reports: 1),
        // START, REPORT (Init), END, `Task timed out`.
        .init(file: "c_datadog-forwarder_snapshots_cloudwatch_log_timeout.json", events: 4, reports: 1, cold: 1),
        .init(file: "c_datadog-forwarder_tests-events_cloudwatch_logs.json", events: 19, reports: 1),
        .init(file: "c_lumigo-python-log-shipper_fixtures_simple_aws_event.DECODED.json", events: 2, reports: 1, cold: 1),
        .init(file: "c_lumigo-python-log-shipper_fixtures_simple_aws_event.json", events: 2, reports: 1, cold: 1),
        // The `testLogGroup` example: 2 `[ERROR]` application messages, gzip and zlib.
        .init(file: "c_powertools-python_cloudWatchLogEvent.json", events: 2, reports: 0),
        .init(file: "c_powertools-python_cloudWatchLogEventWithPolicyLevel.json", events: 2, reports: 0),
        // §11: 2 payloads, 6 events: START/END/REPORT twice, one REPORT with Init 190.62.
        .init(file: "c_powertools-python_kinesisStreamCloudWatchLogsEvent.DECODED.jsonl", events: 6, reports: 2, cold: 1),
        .init(file: "c_powertools-python_kinesisStreamCloudWatchLogsEvent.json", events: 6, reports: 2, cold: 1),
    ]
}
