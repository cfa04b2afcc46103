fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::post("{{baseUrl}}/v1/orders")
        .header("Content-Type", "application/json")
        .send(r##"{
  "customer": "Zoë",
  "escaped": "caf\u00e9 \"quoted\" \\ back",
  "items": [
    { "sku": "A-1", "qty": 2, "price": 9.90 },
    { "sku": "B-2", "qty": 1, "price": 1e3 }
  ],
  "note": "#{x} ${y} \\(z) `w`",
  "empty": {},
  "nothing": null
}
"##)?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
