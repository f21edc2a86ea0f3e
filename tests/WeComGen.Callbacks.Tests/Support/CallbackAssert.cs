namespace WeComGen.Callbacks.Tests;

internal static class CallbackAssert
{
    /// <summary>The result failed for <paramref name="reason"/>, hands out no value, and its message quotes no secret.</summary>
    public static void Fails<T>(CallbackErrorReason reason, CallbackResult<T> result)
    {
        Assert.False(result.IsSuccess, "expected " + reason);
        Assert.Equal(reason, result.Error.Reason);
        Assert.Throws<CallbackException>(() => result.Value);
        Assert.DoesNotContain(OfficialVectors.Token, result.Error.Message);
        Assert.DoesNotContain(OfficialVectors.EncodingAesKey, result.Error.Message);
    }
}
