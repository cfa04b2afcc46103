const xhr = new XMLHttpRequest();
xhr.open("GET", "{{baseUrl}}/echo");
xhr.setRequestHeader("X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s");
xhr.setRequestHeader("X-Quotes", "'single' \"double\" `back` \\back\\slash\\");
xhr.setRequestHeader("X-Interp", "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}");
xhr.setRequestHeader("X-Comment", "*/ /* // # -- <!-- ?>");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
