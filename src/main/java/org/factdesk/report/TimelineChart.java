package org.factdesk.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A narrative's timeline as a small PNG bar chart of posts per day (JFreeChart, headless), for
 * embedding in {@code report.html} as a {@code data:} URI so the report stays one file.
 *
 * <p>Days between the first and last day with posts are drawn with zeros; a span longer than
 * {@link #MAX_DAYS} shows its last {@code MAX_DAYS} days. Dates are calendar days as given (the
 * caller buckets instants in its time zone); the axis uses UTC and {@link Locale#ROOT} so the
 * picture does not depend on the machine's zone or locale.
 */
public final class TimelineChart {
  /** Default size, in pixels. */
  public static final int WIDTH = 360;
  public static final int HEIGHT = 120;
  /** Longest span drawn. */
  public static final int MAX_DAYS = 366;
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private TimelineChart() {}

  /**
   * @param daily posts per day, only days with posts (at least one)
   * @return the PNG bytes
   * @throws IllegalArgumentException if {@code daily} is empty
   */
  public static byte[] png(SortedMap<LocalDate, Long> daily, int width, int height) {
    if (daily.isEmpty()) {
      throw new IllegalArgumentException("no days to chart");
    }
    LocalDate last = daily.lastKey();
    LocalDate first = daily.firstKey();
    if (first.isBefore(last.minusDays(MAX_DAYS - 1))) {
      first = last.minusDays(MAX_DAYS - 1);
    }
    TimeSeries s = new TimeSeries("posts");
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      s.add(new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()), daily.getOrDefault(d, 0L));
    }
    JFreeChart chart = ChartFactory.createXYBarChart(null, null, true, null, new TimeSeriesCollection(s, UTC),
        PlotOrientation.VERTICAL, false, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.setDomainGridlinesVisible(false);
    plot.setOutlineVisible(false);
    Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    DateAxis x = (DateAxis) plot.getDomainAxis();
    x.setTimeZone(UTC);
    SimpleDateFormat f = new SimpleDateFormat("MM-dd", Locale.ROOT);
    f.setTimeZone(UTC);
    x.setDateFormatOverride(f);
    long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
    x.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, (int) Math.max(1, (days + 5) / 6), f));
    x.setTickLabelFont(small);
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    y.setTickLabelFont(small);
    XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
    r.setBarPainter(new StandardXYBarPainter());
    r.setShadowVisible(false);
    r.setSeriesPaint(0, new Color(0x3B, 0x6E, 0xA5));
    r.setMargin(0.15);
    try {
      return ChartUtils.encodeAsPNG(chart.createBufferedImage(width, height));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart", e);
    }
  }

  /** {@link #png} at the default size as a {@code data:image/png;base64,…} URI. */
  public static String dataUri(SortedMap<LocalDate, Long> daily) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(daily, WIDTH, HEIGHT));
  }
}
