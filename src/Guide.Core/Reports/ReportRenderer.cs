using Scriban;

namespace Guide.Core.Reports;

/// <summary>Renders a report model through a Scriban template.</summary>
public static class ReportRenderer
{
    /// <exception cref="ReportTemplateException">The template does not parse or fails while rendering.</exception>
    public static string Render(string templateText, string templateName, ReportModel model)
    {
        var template = Template.Parse(templateText, templateName);
        if (template.HasErrors)
            throw new ReportTemplateException($"{templateName}: {string.Join("; ", template.Messages)}");

        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = 0,
            EnableRelaxedMemberAccess = false,
        };
        context.PushGlobal(ReportGlobals.From(model));
        try
        {
            var text = template.Render(context);
            return text.EndsWith('\n') ? text : text + "\n";
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            throw new ReportTemplateException($"{templateName}: {ex.OriginalMessage} at {ex.Span}", ex);
        }
    }
}
