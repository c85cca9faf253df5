using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Guide.Core.Reports;
using Guide.Core.Tests.Support;
using Scriban.Runtime;

namespace Guide.Core.Tests.Reports;

/// <summary>
/// The globals a template sees are built by hand (no reflection, for NativeAOT); these tests
/// hold them to the model, so a member added to a report record cannot silently stay invisible.
/// </summary>
public sealed partial class ReportGlobalsTests
{
    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();

    private static string SnakeCase(string name) => WordStart().Replace(name, "_$1").ToLowerInvariant();

    private static ReportModel Model()
    {
        var (run, _, _) = TestRuns.New();
        TestRuns.RecordAll(run);
        run.Tick(run.Guide.Items[0].Id).Succeeded.ShouldBeTrue();
        var model = ReportBuilder.Build(run, TestRuns.Start, false);
        return model with { Checks = [new ReportCheck("token", "pass", "granted")], Warnings = ["w"], OpenItems = ["o"], Notes = ["n"] };
    }

    [Fact]
    public void Every_member_of_every_report_record_is_a_global_under_its_snake_case_name()
    {
        var checkedMembers = new List<string>();
        Compare(Model(), ReportGlobals.From(Model()), "", checkedMembers);
        checkedMembers.ShouldContain("agent.teams");
        checkedMembers.ShouldContain("steps.items.indent");
        checkedMembers.ShouldContain("values.client_id.problem");
        checkedMembers.ShouldContain("checks.detail");
    }

    [Fact]
    public void Globals_are_read_only_so_a_template_cannot_change_the_report_data()
    {
        var globals = ReportGlobals.From(Model());
        globals.CanWrite("title").ShouldBeFalse();
        globals["agent"].ShouldBeOfType<ScriptObject>().CanWrite("name").ShouldBeFalse();
    }

    private static void Compare(object model, ScriptObject globals, string path, List<string> seen)
    {
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = SnakeCase(property.Name);
            var where = path.Length == 0 ? name : $"{path}.{name}";
            globals.ContainsKey(name).ShouldBeTrue($"the template cannot see {where}");
            Same(property.GetValue(model), globals[name], where, seen);
        }
    }

    private static void Same(object? value, object? global, string where, List<string> seen)
    {
        switch (value)
        {
            case string or bool or int or null:
                global.ShouldBe(value, where);
                seen.Add(where);
                break;
            case IDictionary dictionary:
                var map = global.ShouldBeOfType<ScriptObject>(where);
                map.Count.ShouldBe(dictionary.Count, where);
                foreach (DictionaryEntry entry in dictionary)
                    Compare(entry.Value!, map[(string)entry.Key].ShouldBeOfType<ScriptObject>(where), $"{where}.{entry.Key}", seen);
                break;
            case IEnumerable list:
                var array = global.ShouldBeOfType<ScriptArray>(where);
                var items = list.Cast<object>().ToList();
                array.Count.ShouldBe(items.Count, where);
                items.Count.ShouldBeGreaterThan(0, $"{where}: the sample model needs an element to compare");
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is string)
                        Same(items[i], array[i], where, seen);
                    else
                        Compare(items[i], array[i].ShouldBeOfType<ScriptObject>(where), where, seen);
                }
                break;
            default:
                Compare(value, global.ShouldBeOfType<ScriptObject>(where), where, seen);
                break;
        }
    }
}
