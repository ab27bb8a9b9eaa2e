# Reference values for the Getis-Ord Gi* tests (GetisOrdTest), computed with R spdep::localG.
# Run from this folder with:  Rscript gi_star_reference.R
# Writes gi_star_grid.csv and gi_star_areas.csv beside this script. Needs spdep and sf (Debian: r-cran-spdep).
suppressMessages({ library(spdep); library(sf) })
options(digits = 17)

# 1. A 9 x 7 grid of counts with a cluster of high values and one cold corner. Cells are numbered row by row
#    from the south-west (row 0 = south), as the Java Grid numbers them. Queen neighbours = cells whose centres
#    are within 1.5 cell widths (the 3 x 3 block); self included; binary weights.
cols <- 9; rows <- 7
counts <- c(
  0, 1, 0, 2, 1, 0, 0, 1, 0,
  1, 0, 2, 1, 0, 1, 0, 0, 1,
  0, 2, 3, 9, 11, 4, 1, 0, 0,
  1, 1, 5, 14, 17, 8, 2, 1, 0,
  0, 2, 4, 10, 12, 6, 1, 0, 1,
  1, 0, 1, 2, 3, 1, 0, 2, 0,
  0, 1, 0, 0, 1, 0, 1, 0, 3)
cell <- 0:(cols * rows - 1)
col <- cell %% cols
row <- cell %/% cols
coords <- cbind(col + 0.5, row + 0.5)
nb <- dnearneigh(coords, 0, 1.5)
lw <- nb2listw(include.self(nb), style = "B")
z <- as.numeric(localG(counts, lw))
p <- 2 * pnorm(abs(z), lower.tail = FALSE)
grid <- data.frame(cell = cell, column = col, row = row, count = counts, z = z, p = p,
                   p_bh = p.adjust(p, "BH"), neighbours = card(lw$neighbours))
write.csv(grid, "gi_star_grid.csv", row.names = FALSE, quote = FALSE)

# 2. Irregular areas: eight polygons with shared vertices, including two (A and F) that meet at one point
#    only, so they are queen neighbours but not rook neighbours.
wkt <- c(
  A = "POLYGON ((0 0, 4 0, 4 3, 0 3, 0 0))",
  B = "POLYGON ((4 0, 9 0, 9 2, 6 4, 4 3, 4 0))",
  C = "POLYGON ((9 0, 12 0, 12 5, 9 2, 9 0))",
  D = "POLYGON ((0 3, 4 3, 6 4, 5 7, 0 7, 0 3))",
  E = "POLYGON ((6 4, 9 2, 12 5, 10 8, 7 8, 5 7, 6 4))",
  F = "POLYGON ((-3 -3, 0 -3, 0 0, -3 0, -3 -3))",
  G = "POLYGON ((0 7, 5 7, 7 8, 7 11, 0 11, 0 7))",
  H = "POLYGON ((7 8, 10 8, 12 5, 14 5, 14 11, 7 11, 7 8))")
values <- c(A = 12, B = 30, C = 7, D = 25, E = 41, F = 3, G = 9, H = 15)
geoms <- st_as_sfc(wkt)
nb2 <- poly2nb(geoms, queen = TRUE)
lw2 <- nb2listw(include.self(nb2), style = "B")
z2 <- as.numeric(localG(values, lw2))
areas <- data.frame(code = names(wkt), value = values, z = z2, p = 2 * pnorm(abs(z2), lower.tail = FALSE),
                    neighbours = sapply(lw2$neighbours, function(v) paste(names(wkt)[sort(v)], collapse = ";")),
                    wkt = wkt)
write.table(areas, "gi_star_areas.csv", sep = "|", row.names = FALSE, quote = FALSE)
cat("spdep", as.character(packageVersion("spdep")), "\n")
