using Scc.Bench;

// bench/BenchTool generate <connection> <events> <organisations> <registrations>
// bench/BenchTool rush <connection> <apiBaseUrl> <submissions> <concurrency> <resultJsonPath> [trickle]
// bench/BenchTool drain <connection> <apiBaseUrl> <submissions> <concurrency> <signingKeyBase64> <resultJsonPath>
// bench/BenchTool apikey <connection>     (prints the header of a new key that may read registrations)
if (args.Length < 2)
{
    await Console.Error.WriteLineAsync("usage: generate <connection> <events> <organisations> <registrations> | apikey <connection> | rush <connection> <baseUrl> <submissions> <concurrency> <out.json> [trickle] | drain <connection> <baseUrl> <submissions> <concurrency> <key> <out.json>");
    return 2;
}
var culture = System.Globalization.CultureInfo.InvariantCulture;
switch (args[0])
{
    case "generate" when args.Length == 5:
        await DataGenerator.RunAsync(args[1], int.Parse(args[2], culture), int.Parse(args[3], culture), int.Parse(args[4], culture));
        return 0;
    case "apikey" when args.Length == 2:
        await ApiKeyCommand.RunAsync(args[1]);
        return 0;
    case "rush" when args.Length is 6 or 7:
        var submissions = int.Parse(args[3], culture);
        // The warm-up's trickle: by default twice the rush, within which the write path's tier-up was measured to settle.
        var trickle = args.Length == 7 ? int.Parse(args[6], culture) : 2 * submissions;
        return await RegistrationRush.RunAsync(args[1], new Uri(args[2]), submissions, int.Parse(args[4], culture), trickle, args[5]);
    case "drain" when args.Length == 7:
        return await WebhookDrain.RunAsync(args[1], new Uri(args[2]), int.Parse(args[3], culture), int.Parse(args[4], culture), args[5], args[6]);
    default:
        await Console.Error.WriteLineAsync("unknown command or wrong number of arguments");
        return 2;
}
