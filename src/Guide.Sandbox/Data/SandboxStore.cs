namespace Guide.Sandbox.Data;

/// <summary>
/// The simulator's entities, shared by its endpoints and by tests that inspect or seed data.
/// Every change is saved at once (to the data file when there is one). Thread-safe: one lock,
/// since requests arrive in parallel and a test may seed while the server runs.
/// </summary>
public sealed partial class SandboxStore
{
    private readonly Lock gate = new();
    private readonly SandboxData data;
    private readonly Action<SandboxData> persist;

    internal SandboxStore(SandboxData data, Action<SandboxData> persist)
    {
        this.data = data;
        this.persist = persist;
    }

    /// <summary>The admin application's credentials (scope <c>all</c>).</summary>
    internal StoredCredentials? Admin
    {
        get { lock (gate) return data.Admin; }
    }

    /// <summary>The seeded Liongard application's credentials, if any.</summary>
    internal StoredCredentials? Liongard
    {
        get { lock (gate) return data.Liongard; }
    }

    internal void Remember(StoredCredentials? admin, StoredCredentials? liongard) => Change(() =>
    {
        data.Admin = admin ?? data.Admin;
        data.Liongard = liongard ?? data.Liongard;
    });

    /// <summary>Writes the current state even when nothing changed (the first save of a new file).</summary>
    internal void Save() => Change(() => { });

    private T Read<T>(Func<SandboxData, T> read)
    {
        lock (gate) return read(data);
    }

    private void Change(Action change)
    {
        lock (gate)
        {
            change();
            persist(data);
        }
    }

    private T Change<T>(Func<T> change)
    {
        lock (gate)
        {
            var result = change();
            persist(data);
            return result;
        }
    }

    /// <summary>Puts <paramref name="item"/> in place of the entry with the same id, or adds it.</summary>
    private static void Upsert<T>(List<T> list, T item, Func<T, bool> sameId)
    {
        var index = list.FindIndex(x => sameId(x));
        if (index >= 0)
            list[index] = item;
        else
            list.Add(item);
    }

    /// <summary>The id for a new entity of <paramref name="kind"/>, or keeps the counter past an id given.</summary>
    private int AssignId(string kind, int requested)
    {
        var next = data.NextIds.GetValueOrDefault(kind, 1);
        var id = requested > 0 ? requested : next;
        data.NextIds[kind] = Math.Max(next, id + 1);
        return id;
    }
}
