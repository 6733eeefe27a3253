using Archive.Indexer.Search;

namespace Archive.Indexer.Tests.Search;

[Collection(SearchHalvesCollection.Name)]
public sealed class SearchHalvesTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_search_running_alone_has_its_second_half_run_beside_the_first()
    {
        using var alone = SearchHalves.Enter();
        Assert.True(SpinWait.SpinUntil(() => SearchHalves.SecondThreadFree, Generous), "no second thread came free");
        using var secondStarted = new ManualResetEventSlim();
        var firstSawSecond = false;
        int? firstThread = null, secondThread = null;

        SearchHalves.Run(true,
            () =>
            {
                firstThread = Environment.CurrentManagedThreadId;
                // Run one after the other, the first half would wait here for the second in vain.
                firstSawSecond = secondStarted.Wait(Generous);
            },
            () =>
            {
                secondThread = Environment.CurrentManagedThreadId;
                secondStarted.Set();
            });

        Assert.True(firstSawSecond);
        Assert.NotEqual(firstThread, secondThread);
    }

    [Fact]
    public void While_another_search_runs_both_halves_run_on_the_callers_thread()
    {
        using var one = SearchHalves.Enter();
        using var another = SearchHalves.Enter();
        int? firstThread = null, secondThread = null;

        SearchHalves.Run(true, () => firstThread = Environment.CurrentManagedThreadId, () => secondThread = Environment.CurrentManagedThreadId);

        Assert.False(SearchHalves.SecondThreadFree);
        Assert.Equal(Environment.CurrentManagedThreadId, firstThread);
        Assert.Equal(Environment.CurrentManagedThreadId, secondThread);
    }

    [Fact]
    public void A_failure_of_the_second_half_reaches_the_caller_once_both_are_done()
    {
        using var alone = SearchHalves.Enter();
        SpinWait.SpinUntil(() => SearchHalves.SecondThreadFree, Generous);
        var firstDone = false;

        var failure = Assert.Throws<InvalidOperationException>(() => SearchHalves.Run(true,
            () => firstDone = true,
            () => throw new InvalidOperationException("hỏng")));

        Assert.Equal("hỏng", failure.Message);
        Assert.True(firstDone);
    }
}
