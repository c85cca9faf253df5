namespace Guide.Core.Reports;

/// <summary>A report template is broken: a problem in the guide's content, not in a run.</summary>
public sealed class ReportTemplateException(string message, Exception? inner = null) : Exception(message, inner);
