using Guide.Core.Guides;

namespace Guide.Core.Runs;

/// <summary>
/// Fits a saved run onto the guide as it is now: items and values are matched by id and key;
/// ones the guide no longer has are dropped with a note, new ones simply start open.
/// </summary>
public static class RunReconciler
{
    public static RunState Reconcile(GuideDocument guide, RunState state)
    {
        var notes = state.Notes;
        var items = state.Items;
        foreach (var (id, item) in state.Items.Where(p => guide.FindItem(p.Key) is null).ToList())
        {
            items = items.Remove(id);
            notes = notes.Add($"Item '{id}' is no longer in the guide; its saved status ({ItemStatusText.Word(item.Status)}) was dropped.");
        }
        var values = state.Values;
        foreach (var key in state.Values.Keys.Where(k => guide.FindValue(k) is null).ToList())
        {
            values = values.Remove(key);
            notes = notes.Add($"Value '{key}' is no longer in the guide; it was dropped.");
        }
        if (items == state.Items && values == state.Values)
            return state;
        // Undo entries may name what was dropped; they are not worth keeping across such a change.
        return state with { Items = items, Values = values, Notes = notes, Undo = [] };
    }
}
