fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/me")
        .header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
