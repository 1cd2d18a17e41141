namespace Scc.Application.Common.Paging;

public static class PageLimits
{
    public const int Default = 20;
    public const int Max = 100;
}
