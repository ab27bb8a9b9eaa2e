package svo.report;

/** A number in a box on the key-findings page: "2,179" / "serious violence offences in 2024/25" / "down 14%". */
public record KeyFigure(String value, String label, String detail, Figure figure, String tableAnchor, String tableLabel) {}
