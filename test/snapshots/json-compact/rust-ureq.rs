fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::put("{{baseUrl}}/v1/config")
        .header("Content-Type", "application/json")
        .send("{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
