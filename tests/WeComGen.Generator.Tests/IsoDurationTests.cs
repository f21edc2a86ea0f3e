using WeComGen.Generator.Schema;

namespace WeComGen.Generator.Tests;

/// <summary>The lifetimes <c>x-wecom-valid-for</c> accepts: ISO 8601 durations of fixed length, above zero.</summary>
public class IsoDurationTests
{
    [Theory]
    [InlineData("P3D", 3 * 86400)]
    [InlineData("PT20S", 20)]
    [InlineData("PT1H30M", 5400)]
    [InlineData("P1DT2H3M4S", 86400 + 7200 + 180 + 4)]
    [InlineData("P2W", 14 * 86400)]
    [InlineData("PT90M", 5400)]
    public void A_fixed_length_duration_is_its_seconds(string text, long seconds) => Assert.Equal(seconds, IsoDuration.Seconds(text));

    [Theory]
    [InlineData("3 days")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("P0D")]
    [InlineData("PT1S2M")]
    [InlineData("P1W2D")]
    [InlineData("P1.5D")]
    [InlineData("p3d")]
    [InlineData("P3DT")]
    [InlineData("PD")]
    [InlineData("P99999999999999999999D")]
    public void Anything_else_is_not_a_duration(string text) => Assert.Null(IsoDuration.Seconds(text));
}
