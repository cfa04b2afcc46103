fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::delete("{{baseUrl}}/items")
        .header("Content-Type", "application/json")
        .force_send_body()
        .send("{\"ids\": [1, 2, 3]}")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
