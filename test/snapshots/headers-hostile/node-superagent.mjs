import superagent from 'superagent';

const response = await superagent.get('{{baseUrl}}/echo')
  .set('X-Shell', "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s")
  .set('X-Quotes', '\'single\' "double" `back` \\back\\slash\\')
  .set('X-Interp', '#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}')
  .set('X-Comment', '*/ /* // # -- <!-- ?>');
console.log(response.text);
