fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/echo")
        .header("X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s")
        .header("X-Quotes", "'single' \"double\" `back` \\back\\slash\\")
        .header("X-Interp", "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}")
        .header("X-Comment", "*/ /* // # -- <!-- ?>")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
