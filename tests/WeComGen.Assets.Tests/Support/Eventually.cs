namespace WeComGen.Assets.Tests.Support;

/// <summary>Waits for work the fake clock set off on the thread pool (a background refresh) to show; no timing is asserted.</summary>
internal static class Eventually
{
    public static async Task<bool> HoldsAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        return condition();
    }
}
