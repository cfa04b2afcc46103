fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/tags")
        .header("X-Tag", "alpha")
        .header("Accept", "text/plain")
        .header("X-Tag", "beta")
        .header("X-Tag", "gamma")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
