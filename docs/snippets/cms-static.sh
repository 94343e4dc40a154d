npx -p @engagement-cycle/core engagement-cycle html --heading-level 2 --output engagement-cycle.html
