/// Rows of the Telemetry / Logs API, Logs Insights and Powertools samples (see `RealSampleRows.swift`).
extension RealSampleRow {
    static let telemetry: [RealSampleRow] = [
        // §11: 20 lines. The second half repeats platform.start and platform.report of request 459921b5 with
        // the same metrics (2 duplicates); both initReports have no status. Its initStart (2022-10-19T13:52:15.636Z)
        // comes two days before its start (2022-10-21T14:05:03.165Z): a proactive initialisation.
        .init(
            file: "d_aws-lambda-rust-runtime_lambda-extension-telemetry-rs_test-fixtures.jsonl", events: 20, reports: 1, cold: 1,
            proactive: 1, duplicates: 2),
        // §11: 1 batch of 5 records (report with initDurationMs 226.3) between 2 `...` lines.
        .init(
            file: "d_aws-samples-aws-lambda-extensions_python-example-logs-api-extension_README_batch.txt", events: 7, reports: 1,
            cold: 1),
        // §11: 6 records, report with initDurationMs 792.41.
        .init(
            file: "d_aws-samples-aws-lambda-extensions_s3-logs-extension-demo_logs-api-batch_python-repr.log", events: 6,
            reports: 1, cold: 1),
        // 11 blocks, 2 invalid (trailing comma at line 52, missing colon at line 60); report with initDurationMs 116.67.
        .init(file: "d_awsdocs-lambda-guide_runtimes-logs-api_examples.txt", events: 11, reports: 1, cold: 1, malformed: 2),
        // 12 blocks: 2 invalid JSON (missing comma line 17; trailing comma line 98, the only platform.report) and a
        // bare `tracing` object that is no log record = 3 malformed; so no report can be read.
        .init(file: "d_awsdocs-lambda-guide_telemetry-schema-reference_examples.txt", events: 12, reports: 0, malformed: 3),
        // 3 documents: a 1-record batch (report), runtimeDone, report with status "error"; no initDurationMs.
        .init(file: "d_datadog-agent_pkg-serverless-logs-testdata_3files.txt", events: 3, reports: 2),
        // 4 platform.report lines: warm, cold (integer 1234), cold timeout (985.413), and a Managed Instances
        // report 15 months later from another test: not the invocation after the timeout.
        .init(file: "d_datadog-forwarder_test_enhanced_lambda_metrics_platform-report.jsonl", events: 4, reports: 4, cold: 2),
        // §11: 5 lines, platform.report with initDurationMs 150.362.
        .init(file: "d_level12-mu_lambda-logs-example_json-format.jsonl", events: 5, reports: 1, cold: 1),
    ]

    static let insights: [RealSampleRow] = [
        // §11: 8 rows: 2 REPORT (both with Init Duration), 2 END, 2 START, 2 INIT_START.
        .init(
            file: "e_ZainZia0341-Lambda-Artillery-loadTest_2025-08-15_17-33-40Z_lambda-insights.json", events: 8, reports: 2,
            cold: 2),
        .init(
            file: "e_ZainZia0341-Lambda-Artillery-loadTest_2025-08-15_17-33-40Z_lambda-insights.md", events: 8, reports: 2,
            cold: 2),
        // §11: 6 rows (90 fields), 4 with @initDuration.
        .init(
            file: "e_ZainZia0341-Lambda-Artillery-loadTest_2025-08-18_17-41-30Z_lambda-insights_pwsh-flattened.json", events: 6,
            reports: 6,
            cold: 4),
        // §11: 6 rows, 2 cold.
        .init(file: "e_ZainZia0341-Lambda-Artillery-loadTest_2025-08-22_lambda-insights.md", events: 6, reports: 6, cold: 2),
        .init(
            file: "e_ZainZia0341-Lambda-Artillery-loadTest_2025-08-22_lambda-insights_pwsh-flattened.json", events: 6, reports: 6,
            cold: 2),
        .init(file: "e_ZainZia0341-Lambda-Artillery-loadTest_get-query-results_empty.json", events: 0, reports: 0),
        // §11: 3 rows of Powertools fields (cold_start 1/0), no REPORT.
        .init(file: "e_mcnamarabrian-pycon2024_README-LOGGING_get-query-results_output-table.txt", events: 3, reports: 0),
        // §11: 50 rows: 12 START, 12 END, 12 REPORT (1 whose message has Init Duration), 1 INIT_START, 13 INFO.
        // The stray @initDuration on an INFO and an END row makes no cold start.
        .init(file: "e_oslabs-Embr_retrievedData_logs-insights-results.json", events: 50, reports: 12, cold: 1),
    ]

    static let powertools: [RealSampleRow] = [
        // §11: 1 Lambda Insights event (cold_start true), not a REPORT.
        .init(file: "f_awsdocs-cloudwatch-guide_Lambda-Insights-example-event_EMF.json", events: 1, reports: 0),
        // §11: 2 REPORT, both cold; 19 events by the text rule (pretty JSON lines continue their event).
        .init(file: "f_mcnamarabrian-pycon2024_README-LOGGING_sam-logs_powertools-EMF.txt", events: 19, reports: 2, cold: 2),
        // §11: 3 log records + END/REPORT (Init 278.70); `Payload:`, its body and `Log Tail:` are 3 more lines.
        .init(file: "f_powertools-lambda-dotnet_docs-getting-started-logger-simple_log-tail.txt", events: 8, reports: 1, cold: 1),
        .init(file: "f_powertools-python_docs_capture_cold_start_metric_output_EMF.json", events: 1, reports: 0),
        .init(file: "f_powertools-python_docs_datadog_capture_cold_start_metric_output.json", events: 1, reports: 0),
        .init(file: "f_powertools-python_docs_inject_lambda_context_output.json", events: 2, reports: 0),
    ]
}
