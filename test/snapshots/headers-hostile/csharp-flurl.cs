using Flurl.Http;

var response = await "{{baseUrl}}/echo"
    .WithHeader("X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s")
    .WithHeader("X-Quotes", "'single' \"double\" `back` \\back\\slash\\")
    .WithHeader("X-Interp", "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}")
    .WithHeader("X-Comment", "*/ /* // # -- <!-- ?>")
    .GetAsync();
Console.WriteLine(await response.GetStringAsync());
