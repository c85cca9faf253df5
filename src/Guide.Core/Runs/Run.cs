using System.Collections.Immutable;
using Guide.Core.Guides;
using Guide.Core.Values;

namespace Guide.Core.Runs;

/// <summary>
/// One run of a guide: owns the state, applies the rules for item transitions, and saves after
/// every change. Views draw <see cref="State"/> and send commands; nothing else changes it.
/// Commands may come from more than one thread (an automation records a secret while the view
/// draws): each is applied whole, under one lock, and <see cref="State"/> is an immutable snapshot.
/// </summary>
public sealed class Run
{
    /// <summary>Who is recorded for what Guide does on its own.</summary>
    public const string Automation = "guide";

    private const int UndoDepth = 100;

    private readonly Lock _gate = new();
    private readonly IRunStore _store;
    private readonly TimeProvider _clock;
    private readonly string _user;
    private ImmutableDictionary<string, ValueCheck>? _checks;

    public Run(GuideDocument guide, RunState state, IRunStore store, TimeProvider clock, string user)
    {
        Guide = guide;
        State = state;
        _store = store;
        _clock = clock;
        _user = user;
    }

    public GuideDocument Guide { get; }

    public RunState State { get; private set; }

    /// <summary>Why the last save failed, or null when the state on disk is current.</summary>
    public string? SaveError { get; private set; }

    /// <summary>Raised after every change, once the state has been saved (or failed to save).</summary>
    public event EventHandler? Changed;

    /// <summary>Recorded values over the guide's defaults: what is shown, checked and reported.</summary>
    public ImmutableDictionary<string, string> Values =>
        Guide.Values.Where(v => v.Default is not null && !State.Values.ContainsKey(v.Key))
            .Aggregate(State.Values, (acc, v) => acc.SetItem(v.Key, v.Default!));

    public ImmutableDictionary<string, ValueCheck> Checks => _checks ??= ValueValidator.CheckAll(Guide.Values, Values, TenantFromServer);

    private string? TenantFromServer => State.Facts.GetValueOrDefault(Reports.FactKeys.DiscoveredTenant);

    public ItemState StateOf(string itemId) => State.StateOf(itemId);

    public int CompleteCount => Guide.Items.Count(i => ItemStatusText.IsComplete(StateOf(i.Id).Status));

    public int TotalCount => Guide.Items.Length;

    public bool CanUndo => !State.Undo.IsEmpty;

    /// <summary>Marks an item done by hand, once every value it records is usable.</summary>
    public CommandResult Tick(string itemId)
    {
        lock (_gate)
        {
            if (Find(itemId) is not { } item)
                return UnknownItem(itemId);
            var current = StateOf(itemId);
            if (current.Status is ItemStatus.DoneByHand or ItemStatus.DoneAutomatically)
                return CommandResult.Ok;
            foreach (var key in item.Bindings.Records)
            {
                var check = Checks[key];
                var label = Guide.FindValue(key)!.Label;
                if (!check.Errors.IsEmpty)
                    return CommandResult.Refused(check.Errors[0]);
                if (check.IsMissing)
                    return CommandResult.Refused($"Record the {label} first.");
            }
            return SetItem(item, new ItemState(ItemStatus.DoneByHand, _user, Now, null, current.Detail), $"tick {item.Id}");
        }
    }

    /// <summary>Puts a completed, skipped or failed item back to open.</summary>
    public CommandResult Reopen(string itemId)
    {
        lock (_gate)
        {
            if (Find(itemId) is not { } item)
                return UnknownItem(itemId);
            return StateOf(itemId).Status == ItemStatus.Open
                ? CommandResult.Ok
                : SetItem(item, ItemState.Open with { By = _user, At = Now }, $"reopen {item.Id}");
        }
    }

    /// <summary>Space on an item: tick it if it is not done, reopen it if it is.</summary>
    public CommandResult Toggle(string itemId)
    {
        lock (_gate)
        {
            return StateOf(itemId).Status is ItemStatus.DoneByHand or ItemStatus.DoneAutomatically or ItemStatus.Skipped
                ? Reopen(itemId)
                : Tick(itemId);
        }
    }

    public CommandResult Skip(string itemId, string reason)
    {
        lock (_gate)
        {
            if (Find(itemId) is not { } item)
                return UnknownItem(itemId);
            var trimmed = reason.Trim();
            if (trimmed.Length == 0)
                return CommandResult.Refused("Say why the item is skipped; the reason goes into the report.");
            if (TextSafety.FindUnsafe(trimmed) is { } bad)
                return CommandResult.Refused($"The reason contains {TextSafety.Describe(bad.Rune)}; retype it.");
            if (trimmed.Length > 500)
                return CommandResult.Refused("Keep the reason under 500 characters.");
            return SetItem(item, new ItemState(ItemStatus.Skipped, _user, Now, trimmed, null), $"skip {item.Id}");
        }
    }

    /// <summary>Records what an automation did for an item.</summary>
    public CommandResult CompleteAutomatically(string itemId, string detail)
    {
        lock (_gate)
        {
            if (Find(itemId) is not { } item)
                return UnknownItem(itemId);
            return SetItem(item, new ItemState(ItemStatus.DoneAutomatically, Automation, Now, null, detail), $"automate {item.Id}");
        }
    }

    /// <summary>Records that an automation failed; the item stays to be done by hand.</summary>
    public CommandResult Fail(string itemId, string detail)
    {
        lock (_gate)
        {
            if (Find(itemId) is not { } item)
                return UnknownItem(itemId);
            return SetItem(item, new ItemState(ItemStatus.Failed, Automation, Now, null, detail), $"fail {item.Id}");
        }
    }

    /// <summary>
    /// Records a value as typed (trimmed). It is kept even while invalid, so nothing typed is
    /// lost; <see cref="Checks"/> says whether it is usable. Typing into one field coalesces into
    /// a single undo step.
    /// </summary>
    public CommandResult SetValue(string key, string? text)
    {
        lock (_gate)
        {
            if (Guide.FindValue(key) is null)
                return CommandResult.Refused($"The guide records no value '{key}'.");
            var trimmed = text?.Trim() ?? "";
            var previous = State.Values.GetValueOrDefault(key);
            if ((previous ?? "") == trimmed && (previous is not null || trimmed.Length == 0))
                return CommandResult.Ok;

            var values = trimmed.Length == 0 ? State.Values.Remove(key) : State.Values.SetItem(key, trimmed);
            var reopen = ItemsLosing(key, values);
            var description = $"value {key}";
            var undo = State.Undo;
            if (reopen.Count > 0 || undo.IsEmpty || undo[^1].Description != description)
            {
                var items = reopen.ToImmutableDictionary(i => i.Id, i => State.Items.GetValueOrDefault(i.Id));
                undo = Push(undo, new UndoEntry(reopen.Count > 0 ? $"value {key} (reopened {reopen.Count})" : description,
                    items, ImmutableDictionary<string, string?>.Empty.Add(key, previous)));
            }
            var label = Guide.FindValue(key)!.Label;
            var states = reopen.Aggregate(State.Items, (acc, item) =>
                acc.SetItem(item.Id, ItemState.Open with { By = _user, At = Now, Detail = $"reopened: the {label} changed and is not usable now" }));
            return Apply(State with { Values = values, Items = states, Undo = undo });
        }
    }

    /// <summary>Done items that record <paramref name="key"/>, whose value would no longer be usable.</summary>
    private List<GuideItem> ItemsLosing(string key, ImmutableDictionary<string, string> values)
    {
        var withDefaults = Guide.Values.Where(v => v.Default is not null && !values.ContainsKey(v.Key))
            .Aggregate(values, (acc, v) => acc.SetItem(v.Key, v.Default!));
        var checks = ValueValidator.CheckAll(Guide.Values, withDefaults, TenantFromServer);
        return [.. Guide.Items.Where(i =>
            i.Bindings.Records.Contains(key)
            && StateOf(i.Id).Status is ItemStatus.DoneByHand or ItemStatus.DoneAutomatically
            && i.Bindings.Records.Any(k => !checks[k].IsUsable))];
    }

    /// <summary>Records values an automation found, as one undo step.</summary>
    public CommandResult SetValues(IReadOnlyDictionary<string, string> values, string description)
    {
        lock (_gate)
        {
            var unknown = values.Keys.FirstOrDefault(k => Guide.FindValue(k) is null);
            if (unknown is not null)
                return CommandResult.Refused($"The guide records no value '{unknown}'.");
            var previous = values.Keys.ToImmutableDictionary(k => k, k => State.Values.GetValueOrDefault(k));
            var updated = values.Aggregate(State.Values, (acc, p) => p.Value.Trim().Length == 0 ? acc.Remove(p.Key) : acc.SetItem(p.Key, p.Value.Trim()));
            var entry = new UndoEntry(description, ImmutableDictionary<string, ItemState?>.Empty, previous);
            return Apply(State with { Values = updated, Undo = Push(State.Undo, entry) });
        }
    }

    /// <summary>Takes back the last change, whatever it was.</summary>
    public CommandResult Undo()
    {
        lock (_gate)
        {
            if (State.Undo.IsEmpty)
                return CommandResult.Refused("Nothing to undo.");
            var entry = State.Undo[^1];
            var items = entry.Items.Aggregate(State.Items, (acc, p) => p.Value is null ? acc.Remove(p.Key) : acc.SetItem(p.Key, p.Value));
            var values = entry.Values.Aggregate(State.Values, (acc, p) => p.Value is null ? acc.Remove(p.Key) : acc.SetItem(p.Key, p.Value));
            return Apply(State with { Items = items, Values = values, Undo = State.Undo.RemoveAt(State.Undo.Count - 1) });
        }
    }

    public CommandResult RecordChecks(IEnumerable<ProofCheckResult> checks)
    {
        lock (_gate)
        {
            var merged = checks.Aggregate(State.Checks, (acc, c) => acc.RemoveAll(x => x.Name == c.Name).Add(c));
            return Apply(State with { Checks = merged });
        }
    }

    public CommandResult RecordFacts(IReadOnlyDictionary<string, string> facts)
    {
        lock (_gate)
            return Apply(State with { Facts = facts.Aggregate(State.Facts, (acc, p) => acc.SetItem(p.Key, p.Value)) });
    }

    public CommandResult CountRequests(int requests)
    {
        lock (_gate)
            return requests == 0 ? CommandResult.Ok : Apply(State with { HttpRequests = State.HttpRequests + requests });
    }

    private DateTimeOffset Now => _clock.GetUtcNow();

    private GuideItem? Find(string itemId) => Guide.FindItem(itemId);

    private static CommandResult UnknownItem(string itemId) => CommandResult.Refused($"The guide has no item '{itemId}'.");

    private CommandResult SetItem(GuideItem item, ItemState state, string description)
    {
        var entry = new UndoEntry(description,
            ImmutableDictionary<string, ItemState?>.Empty.Add(item.Id, State.Items.GetValueOrDefault(item.Id)),
            ImmutableDictionary<string, string?>.Empty);
        return Apply(State with { Items = State.Items.SetItem(item.Id, state), Undo = Push(State.Undo, entry) });
    }

    private static ImmutableList<UndoEntry> Push(ImmutableList<UndoEntry> undo, UndoEntry entry)
    {
        var pushed = undo.Add(entry);
        return pushed.Count > UndoDepth ? pushed.RemoveAt(0) : pushed;
    }

    private CommandResult Apply(RunState next)
    {
        State = next with { Updated = Now };
        _checks = null;
        try
        {
            _store.Save(State);
            SaveError = null;
        }
        catch (RunStoreException ex)
        {
            SaveError = ex.Message;
        }
        Changed?.Invoke(this, EventArgs.Empty);
        return SaveError is null ? CommandResult.Ok : CommandResult.Refused($"Recorded, but not saved: {SaveError}");
    }
}
