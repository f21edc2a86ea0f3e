namespace WeComGen.Redis.Tests.Simulation;

/// <summary>
/// Runs a simulation on a thread of its own, without the test framework's context or scheduler: every continuation
/// then runs inline on it when the fake clock reaches it, so a run is one order of steps, replayed from its seed.
/// </summary>
internal static class OwnThread
{
    public static void Run(Action simulation)
    {
        var failure = default(Exception);
        var thread = new Thread(() =>
        {
            try
            {
                simulation();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }
}
