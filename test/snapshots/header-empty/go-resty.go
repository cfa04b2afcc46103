package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("X-Empty", "")
	req.Header.Add("X-After", "set")

	resp, err := req.Execute("GET", "{{baseUrl}}/empty")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
