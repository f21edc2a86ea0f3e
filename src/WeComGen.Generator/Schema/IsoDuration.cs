namespace WeComGen.Generator.Schema;

/// <summary>
/// An ISO 8601 duration of fixed length, as <c>x-wecom-valid-for</c> writes a lifetime: weeks alone (<c>P2W</c>) or days and
/// a time (<c>P3D</c>, <c>PT20S</c>, <c>P1DT12H</c>), in whole numbers. Years and months are refused: their length
/// depends on the calendar, so they cannot say when a value expires.
/// </summary>
internal static class IsoDuration
{
    private const long MaxSeconds = 100L * 365 * 24 * 3600;

    /// <summary>The duration's length in seconds, or <see langword="null"/> when <paramref name="text"/> is not one above zero.</summary>
    public static long? Seconds(string text)
    {
        if (text.Length < 3 || text[0] != 'P')
        {
            return null;
        }

        long total = 0;
        var inTime = false;
        var units = 0;
        var number = -1L;
        var lastUnit = -1;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '0' && c <= '9')
            {
                number = (number < 0 ? 0 : number) * 10 + (c - '0');
                if (number > MaxSeconds)
                {
                    return null;
                }

                continue;
            }

            if (c == 'T' && !inTime && number < 0)
            {
                inTime = true;
                continue;
            }

            var (order, seconds) = Unit(c, inTime);
            if (order <= lastUnit || number < 0 || lastUnit == 0)
            {
                return null;
            }

            total += number * seconds;
            number = -1;
            lastUnit = order;
            units++;
        }

        return number < 0 && units > 0 && total > 0 && total <= MaxSeconds && !(inTime && lastUnit < 2) ? total : null;
    }

    /// <summary>Each unit's place in the order the format writes them (-1: not a fixed-length unit here) and its seconds.</summary>
    private static (int Order, long Seconds) Unit(char c, bool inTime) => (c, inTime) switch
    {
        ('W', false) => (0, 7 * 24 * 3600),
        ('D', false) => (1, 24 * 3600),
        ('H', true) => (2, 3600),
        ('M', true) => (3, 60),
        ('S', true) => (4, 1),
        _ => (-1, 0),
    };
}
