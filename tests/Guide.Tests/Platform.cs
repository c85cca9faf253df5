// These tests run the tool as a process, in tmux, and check POSIX file modes: Unix only.
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
