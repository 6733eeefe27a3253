using System.Runtime.InteropServices;

namespace Archive.Indexer.Index;

/// <summary>
/// Lowers the scheduling priority of a thread that does background work nobody waits for (Lucene's merges), so that on a
/// machine with few cores the questions and uploads people wait for run first and the background work takes the gaps
/// between them. On Linux the thread's nice value goes to 19 (setpriority on its thread id: a Linux thread is scheduled
/// on its own, and .NET's <see cref="Thread.Priority"/> changes nothing there); elsewhere <see cref="ThreadPriority.Lowest"/>.
/// Only for threads the caller owns for the work's duration: a lowered thread cannot raise itself again without
/// privileges, so a pool thread must never be lowered.
/// </summary>
internal static class BackgroundPriority
{
    /// <summary>The nice value of background threads on Linux: the lowest priority a thread can have under the normal policy.</summary>
    public const int LinuxNice = 19;

    // Per thread: whether it was lowered (null: not tried yet).
    [ThreadStatic] private static bool? lowered;

    /// <summary>Lowers the calling thread's priority (tried once per thread); false when the system refused.</summary>
    public static bool LowerCurrentThread() => lowered ??= Lower();

    private static bool Lower()
    {
        if (!OperatingSystem.IsLinux())
        {
            Thread.CurrentThread.Priority = ThreadPriority.Lowest;
            return true;
        }
        try
        {
            return SetPriority(PrioProcess, GetThreadId(), LinuxNice) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The calling thread's nice value on Linux (null elsewhere or when it cannot be read), for tests.</summary>
    public static int? CurrentThreadNice()
    {
        if (!OperatingSystem.IsLinux()) return null;
        Marshal.SetLastPInvokeError(0);
        var nice = GetPriority(PrioProcess, GetThreadId());
        return nice == -1 && Marshal.GetLastPInvokeError() != 0 ? null : nice;
    }

    // PRIO_PROCESS with a thread id addresses that one thread on Linux (man 2 setpriority, "BUGS").
    private const int PrioProcess = 0;

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
