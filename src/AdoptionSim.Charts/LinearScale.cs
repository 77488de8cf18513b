namespace AdoptionSim.Charts;

/// <summary>Maps a data interval onto a pixel interval (which may run backwards, as the y axis does).</summary>
internal readonly record struct LinearScale(double DomainMin, double DomainMax, double PixelMin, double PixelMax)
{
    public double Map(double value) =>
        DomainMax == DomainMin
            ? (PixelMin + PixelMax) / 2
            : PixelMin + (value - DomainMin) / (DomainMax - DomainMin) * (PixelMax - PixelMin);
}
