package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s")
	req.Header.Add("X-Quotes", "'single' \"double\" `back` \\back\\slash\\")
	req.Header.Add("X-Interp", "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}")
	req.Header.Add("X-Comment", "*/ /* // # -- <!-- ?>")

	resp, err := req.Execute("GET", "{{baseUrl}}/echo")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
