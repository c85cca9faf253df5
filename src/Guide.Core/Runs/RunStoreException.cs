namespace Guide.Core.Runs;

/// <summary>The run state could not be saved; the message says where and why, never what.</summary>
public sealed class RunStoreException(string message, Exception? inner = null) : Exception(message, inner);
