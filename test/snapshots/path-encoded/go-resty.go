package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()

	resp, err := req.Execute("GET", "{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
