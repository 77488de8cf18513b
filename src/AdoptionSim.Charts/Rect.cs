namespace AdoptionSim.Charts;

/// <summary>A pixel rectangle; y grows downwards as in SVG.</summary>
internal readonly record struct Rect(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;
    public double Bottom => Top + Height;

    public bool Overlaps(Rect other) =>
        Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public Rect Inset(double left, double top, double right, double bottom) =>
        new(Left + left, Top + top, Math.Max(1, Width - left - right), Math.Max(1, Height - top - bottom));
}
