fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::post("{{baseUrl}}/login?next=/home&lang=en")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .send("user=ann%40example.com&pass=p%40ss%20w0rd%26")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
